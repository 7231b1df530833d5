package uk.mashline.nlu.opennlp;

import uk.mashline.nlu.SlotExtractor;
import uk.mashline.nlu.Slots;
import uk.mashline.nlu.TextNormaliser;
import uk.mashline.nlu.slots.PhraseRules;
import uk.mashline.nlu.slots.RuleSlotExtractor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The slot extractor the service uses: the rules first ({@link RuleSlotExtractor}: dates, ages, stages,
 * numbers and the wording they know), then the trained name finder for what the rules left open: the
 * caller's job, their relation to the child, "a neighbour", and places the gazetteer does not list.
 * Rules win wherever both speak. Until the name finder is ready (a start-up that has to train it), the
 * rules answer alone: no message ever waits for it. Thread-safe; never throws.
 */
public final class NameFinderSlotExtractor implements SlotExtractor {

    /**
     * A place only the model found (the gazetteer did not know it) needs this probability: below it the
     * model's places were words like "with" and "year" in a sentence shaped like "a teacher in Crawley".
     */
    static final double MIN_PLACE_PROBABILITY = 0.65;

    private final TextNormaliser normaliser;
    private final RuleSlotExtractor rules;
    private final PhraseRules phrases;
    private final CompletableFuture<SlotNameFinder> names;

    /** @param phrases the rules' wording, used again to say which profession a job title found by the model is */
    public NameFinderSlotExtractor(TextNormaliser normaliser, RuleSlotExtractor rules, PhraseRules phrases,
                                   CompletableFuture<SlotNameFinder> names) {
        this.normaliser = normaliser;
        this.rules = rules;
        this.phrases = phrases;
        this.names = names;
    }

    @Override
    public Slots extract(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Slots.NONE;
        }
        try {
            String normalised = normaliser.normalise(text);
            // split once for the rules' place names and the name finder, which only read the words
            String[] tokens = normalised.isEmpty() ? null : normalised.split(" ");
            Map<String, String> found = rules.extract(text, normalised, tokens, today);
            SlotNameFinder finder = names.getNow(null);
            if (finder != null && !normalised.isEmpty() && !allKnown(found)) {
                addEntities(finder.find(tokens).stream()
                        // a job or a relative someone else is ("the social worker said", "my mum and dad shout alot":
                        // care helper's unseen set, twelfth session - a child taken for a parent) is not the caller's
                        .filter(e -> !(e.type().equals("profession") || e.type().equals("relative"))
                                || ThirdParty.isCallersOwn(tokens, e.text()))
                        .toList(), found);
            }
            return new Slots(found);
        } catch (RuntimeException | StackOverflowError e) {
            // a slot we cannot read is asked for again; it must never lose the message
            return Slots.NONE;
        }
    }

    /** The rules found everything the model could add: running it would change nothing. */
    private static boolean allKnown(Map<String, String> found) {
        String role = found.get(Slots.ROLE);
        return found.containsKey(Slots.PLACE) && role != null
                && (!role.equals("PROFESSIONAL") || found.containsKey(Slots.PROFESSION));
    }

    /** Fills only the slots still open: the rules' answer always stands. */
    void addEntities(List<SlotNameFinder.Entity> entities, Map<String, String> found) {
        for (SlotNameFinder.Entity entity : entities) {
            switch (entity.type()) {
                case "place" -> {
                    if (entity.probability() >= MIN_PLACE_PROBABILITY) {
                        found.putIfAbsent(Slots.PLACE, entity.text());
                    }
                }
                case "relative" -> found.putIfAbsent(Slots.ROLE, "PARENT_FAMILY");
                case "public" -> found.putIfAbsent(Slots.ROLE, "PUBLIC");
                case "profession" -> addProfession(entity.text(), found);
                default -> {
                    // a type this version does not map: ignored rather than guessed
                }
            }
        }
    }

    private void addProfession(String job, Map<String, String> found) {
        String role = found.get(Slots.ROLE);
        if (found.containsKey(Slots.PROFESSION) || (role != null && !role.equals("PROFESSIONAL"))) {
            return;
        }
        // the rules know which profession a job title is when it follows "i am a"
        Map<String, String> named = new HashMap<>();
        phrases.apply("i am a " + job, named);
        found.put(Slots.ROLE, "PROFESSIONAL");
        found.put(Slots.PROFESSION, named.getOrDefault(Slots.PROFESSION, "other"));
    }
}
