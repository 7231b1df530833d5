package uk.mashline.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The domain (knowledge) and the use case (dialogue) are plain Java: no framework, web, serialisation or
 * database code; adapters depend on them, never the other way round.
 */
class ArchitectureTest {

    // imported once for all the rules (JUnit makes an instance per test)
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.mashline");

    @Test
    void knowledgeImportsNoFramework() {
        noClasses().that().resideInAPackage("uk.mashline.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta..", "com.twilio..", "opennlp..", "java.sql..", "javax.sql..",
                        "com.fasterxml..", "uk.mashline.api..")
                .check(classes);
    }

    @Test
    void theConversationEngineImportsNoFrameworkNorAnyAdapter() {
        noClasses().that().resideInAPackage("uk.mashline.dialogue..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta..", "com.twilio..", "opennlp..", "java.sql..", "javax.sql..",
                        "com.fasterxml..", "uk.mashline.channels..", "uk.mashline.persistence..",
                        "uk.mashline.console..", "uk.mashline.nlu.opennlp..", "uk.mashline.language.opennlp..",
                        "uk.mashline.api..")
                .check(classes);
    }

    @Test
    void languageDetectionIsPlainJavaBehindItsPort() {
        noClasses().that().resideInAPackage("uk.mashline.language")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta..", "com.twilio..", "opennlp..", "java.sql..", "javax.sql..",
                        "com.fasterxml..", "uk.mashline.language.opennlp..", "uk.mashline.dialogue..",
                        "uk.mashline.channels..", "uk.mashline.persistence..", "uk.mashline.console..")
                .check(classes);
    }

    @Test
    void staffReviewsPortIsPlainJava() {
        noClasses().that().resideInAPackage("uk.mashline.review..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta..", "java.sql..", "javax.sql..", "com.fasterxml..",
                        "uk.mashline.console..", "uk.mashline.persistence..")
                .check(classes);
    }

    @Test
    void theConsoleReachesConversationsThroughThePortNotTables() {
        noClasses().that().resideInAPackage("uk.mashline.console..")
                .should().dependOnClassesThat(resideInAnyPackage("java.sql..", "javax.sql..")
                        .or(resideInAPackage("uk.mashline.persistence..")
                                .and(simpleNameStartingWith("Conversation").or(simpleNameStartingWith("Message")))))
                .check(classes);
    }

    @Test
    void channelsReachTheEngineOnlyThroughTheUseCase() {
        noClasses().that().resideInAPackage("uk.mashline.channels..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.mashline.persistence..", "uk.mashline.nlu.opennlp..")
                .check(classes);
    }
}
