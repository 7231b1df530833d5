package uk.mashline.wiring;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.mashline.dialogue.HelpNow;
import uk.mashline.dialogue.LanguageGate;
import uk.mashline.knowledge.NationalHelplines;
import uk.mashline.language.LanguageDetector;
import uk.mashline.language.LanguagePacks;
import uk.mashline.language.LayeredLanguageDetector;
import uk.mashline.language.opennlp.OpenNlpLanguageModel;

/** Language detection (script, words, OpenNLP's model) and the gate before the English pipeline. */
@Factory
class LanguageFactory {

    // eager: a broken language file stops the start, naming the file and field
    @Context
    LanguagePacks languagePacks() {
        return LanguagePacks.fromClasspath();
    }

    // eager: the model starts loading with the service, not at the first message
    @Context
    LanguageDetector languageDetector(LanguagePacks packs) {
        // the model loads on a daemon thread of its own: until then script and words decide
        OpenNlpLanguageModel model = new OpenNlpLanguageModel(task -> {
            Thread loader = new Thread(task, "language-model-load");
            loader.setDaemon(true);
            loader.start();
        });
        return new LayeredLanguageDetector(packs, model);
    }

    @Singleton
    LanguageGate languageGate(LanguageDetector detector, LanguagePacks packs, HelpNow helpNow,
                              NationalHelplines national) {
        return new LanguageGate(detector, packs, helpNow, national);
    }
}
