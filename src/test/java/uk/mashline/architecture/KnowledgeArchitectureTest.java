package uk.mashline.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The knowledge domain is plain Java: no framework, web, serialisation or database code. */
class KnowledgeArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
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
}
