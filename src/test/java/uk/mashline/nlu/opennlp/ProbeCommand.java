package uk.mashline.nlu.opennlp;

import uk.mashline.dialogue.LanguageGate;
import uk.mashline.dialogue.Route;
import uk.mashline.language.Language;
import uk.mashline.language.LanguageDetector;
import uk.mashline.language.LanguagePacks;
import uk.mashline.language.LayeredLanguageDetector;
import uk.mashline.language.opennlp.OpenNlpLanguageModel;
import uk.mashline.nlu.Classification;
import uk.mashline.nlu.HeldOutExample;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.IntentCorpus;
import uk.mashline.nlu.IntentCorpusLoader;
import uk.mashline.nlu.NluSettings;
import uk.mashline.nlu.TextNormaliser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Developer tool: trains the model on intents/ as at start-up and prints, for each file given, how the
 * whole classifier routes its lines (ROUTE TAB text files: route accuracy, immediate-risk recall and false
 * 999 replies; kind TAB text files: false 999 replies), flagging any line that is also a training line.
 * A line in another language is routed as the service routes it, by the language gate ({@link LanguageGate#routeOf}):
 * immediate risk when its words show danger, its topic's route where dialogue/first-language-topics.tsv names the topic,
 * the handoff otherwise (rule {@code language:<code>}).
 * Usage: ProbeCommand file...
 */
public final class ProbeCommand {

    public static void main(String[] args) throws IOException {
        NluSettings settings = NluSettings.standard();
        TextNormaliser normaliser = TextNormaliser.standard();
        IntentCorpus corpus = IntentCorpusLoader.fromDirectory(Path.of(System.getProperty("intents", "intents")));
        var model = new OpenNlpModelTrainer(normaliser, settings.training()).train(corpus);
        IntentClassifier classifier = OpenNlpIntentClassifier.of(model, settings);
        Set<String> taught = corpus.intents().stream().flatMap(f -> f.examples().stream())
                .map(normaliser::normalise).collect(Collectors.toSet());
        LanguagePacks packs = LanguagePacks.fromClasspath();
        LanguageDetector languages = new LayeredLanguageDetector(packs, new OpenNlpLanguageModel(Runnable::run).awaitLoaded());
        LanguageGate gate = new LanguageGate(languages, packs, null, null);
        System.out.println("model " + model.version());
        for (String name : args) {
            Path file = Path.of(name);
            int total = 0, right = 0, risk = 0, riskHit = 0, ordinary = 0, false999 = 0;
            StringBuilder wrong = new StringBuilder();
            for (HeldOutExample e : HeldOutExample.read(file)) {
                Route expected = e.route();
                boolean kindFile = expected == null;
                String text = e.text();
                if (kindFile) {
                    int tab = text.indexOf('\t');
                    text = text.substring(tab + 1).strip();
                }
                if (taught.contains(normaliser.normalise(text))) {
                    wrong.append("  TRAINING LINE: ").append(text).append('\n');
                }
                Classification english = classifier.classify(text);
                Language language = languages.detect(text);
                Classification c = gate.routeOf(text, language, english)
                        .map(route -> new Classification(LanguageGate.INTENT, route, 1.0, "language:" + language.code(), english.modelVersion()))
                        .orElse(english);
                total++;
                if (expected == Route.IMMEDIATE_RISK) {
                    risk++;
                    if (c.route() == Route.IMMEDIATE_RISK) {
                        riskHit++;
                    }
                } else {
                    ordinary++;
                    if (c.route() == Route.IMMEDIATE_RISK) {
                        false999++;
                    }
                }
                boolean ok = kindFile ? c.route() != Route.IMMEDIATE_RISK : c.route() == expected;
                if (ok) {
                    right++;
                }
                if (!ok || System.getenv("PROBE_ALL") != null) {
                    wrong.append(String.format("  %-20s got %-20s %-28s %.2f %-18s %s%n", kindFile ? "-" : expected,
                            c.route(), c.intent(), c.confidence(), c.rule(), text));
                }
            }
            System.out.printf("%s: %d lines, %d right (%.3f); immediate risk %d/%d; false 999 %d/%d%n%s",
                    file, total, right, total == 0 ? 0 : (double) right / total, riskHit, risk, false999, ordinary, wrong);
        }
    }
}
