package uk.mashline.nlu;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** OpenNLP stays behind the IntentClassifier port; the NLU domain code is plain Java. */
class NluArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.mashline");

    @Test
    void onlyTheOpenNlpAdapterKnowsOpenNlp() {
        noClasses().that().resideOutsideOfPackages("uk.mashline.nlu.opennlp..", "uk.mashline.language.opennlp..")
                .should().dependOnClassesThat().resideInAPackage("opennlp..")
                .check(classes);
    }

    @Test
    void theNluDomainUsesNoFramework() {
        noClasses().that().resideInAnyPackage("uk.mashline.nlu", "uk.mashline.nlu.eval", "uk.mashline.nlu.slots")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "opennlp..", "uk.mashline.nlu.opennlp..")
                .check(classes);
    }
}
