package uk.mashline.wiring;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.dialogue.HelpNow;
import uk.mashline.dialogue.LanguageGate;
import uk.mashline.knowledge.NationalHelplines;
import uk.mashline.language.LanguageDetector;
import uk.mashline.language.LanguagePacks;
import uk.mashline.language.LayeredLanguageDetector;
import uk.mashline.language.opennlp.OpenNlpLanguageModel;

import java.time.Duration;

/** Language detection (script, words, OpenNLP's model) and the gate before the English pipeline. */
@Factory
class LanguageFactory {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageFactory.class);

    // eager: a broken language file stops the start, naming the file and field
    @Context
    LanguagePacks languagePacks() {
        return LanguagePacks.fromClasspath();
    }

    /**
     * How long a message that needs the language model waits for it while it loads (about half a second on a
     * quiet machine): well inside the turn's 1.5 s, so a slow load costs that message the model, never the reply.
     */
    static final Duration MODEL_FIRST_WAIT = Duration.ofMillis(700);

    // eager: a broken language file stops the start (the model itself loads when a message first needs it)
    @Context
    LanguageDetector languageDetector(LanguagePacks packs) {
        // the model loads on a daemon thread of its own, when first needed: until then script and words decide
        OpenNlpLanguageModel[] model = new OpenNlpLanguageModel[1];
        model[0] = OpenNlpLanguageModel.onFirstUse(task -> {
            Thread loader = new Thread(() -> {
                long start = System.nanoTime();
                task.run();
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (model[0].isLoaded()) {
                    LOG.info("language model loaded on first use in {} ms", ms);
                } else {
                    LOG.error("language model failed to load ({} ms): script and words decide", ms);
                }
            }, "language-model-load");
            loader.setDaemon(true);
            loader.start();
        }, MODEL_FIRST_WAIT);
        return new LayeredLanguageDetector(packs, model[0]);
    }

    @Singleton
    LanguageGate languageGate(LanguageDetector detector, LanguagePacks packs, HelpNow helpNow,
                              NationalHelplines national, uk.mashline.dialogue.Wording wording) {
        // facts-43: the wording, for a complaint or a request for family support written in another language
        return new LanguageGate(detector, packs, helpNow, national, wording);
    }
}
