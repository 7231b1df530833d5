package uk.mashline.nlu.slots;

import uk.mashline.nlu.SlotExtractor;
import uk.mashline.nlu.Slots;
import uk.mashline.nlu.TextNormaliser;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The rule half of slot extraction: wording from data ({@link PhraseRules}, {@link PlaceGazetteer})
 * and small tested readers for what is logic (dates, ages, stages, bare numbers). Runs on the same
 * normalised text as the classifier, so "im 12" and "i'm 12" are one case; dates are read from the
 * lower-cased original, where "16/11" still has its slash. Thread-safe; never throws.
 */
public final class RuleSlotExtractor implements SlotExtractor {

    private static final Pattern BARE_NUMBER = Pattern.compile(
            "^(?:option |number |no |press |it is |its |stage |level )?(" + NumberWords.CARDINAL + ")$");

    private final TextNormaliser normaliser;
    private final PhraseRules phrases;
    private final PlaceGazetteer places;

    public RuleSlotExtractor(TextNormaliser normaliser, PhraseRules phrases, PlaceGazetteer places) {
        this.normaliser = normaliser;
        this.phrases = phrases;
        this.places = places;
    }

    /** The extractor with the rules shipped on the classpath. */
    public static RuleSlotExtractor standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final RuleSlotExtractor STANDARD = new RuleSlotExtractor(TextNormaliser.standard(),
                PhraseRules.fromClasspath(PhraseRules.DEFAULT_FILE), PlaceGazetteer.fromClasspath(PlaceGazetteer.DEFAULT_FILE));
    }

    @Override
    public Slots extract(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Slots.NONE;
        }
        try {
            String normalised = normaliser.normalise(text);
            return new Slots(extract(text, normalised, today));
        } catch (RuntimeException | StackOverflowError e) {
            // a slot we cannot read is asked for again; it must never lose the message
            return Slots.NONE;
        }
    }

    /** The slots of one message whose normalised text the caller already has (the combined extractor). */
    public Map<String, String> extract(String text, String normalised, LocalDate today) {
        return extract(text, normalised, null, today);
    }

    /**
     * The same, with the normalised text's words when the caller has split it already (null: split here): nlu-48, the
     * combined extractor's name finder reads the same words, and splitting twice made two arrays of new strings, each
     * word hashed again for every map that looks it up.
     */
    public Map<String, String> extract(String text, String normalised, String[] words, LocalDate today) {
        Map<String, String> found = new LinkedHashMap<>();
        if (normalised.isEmpty()) {
            return found;
        }
        var number = BARE_NUMBER.matcher(normalised);
        if (number.matches()) {
            int value = NumberWords.value(number.group(1));
            if (value >= 0) {
                found.put(Slots.NUMBER, Integer.toString(value));
            }
        } else {
            AgeReader.read(normalised).ifPresent(age -> found.put(Slots.CHILD_AGE, Integer.toString(age)));
        }
        OptionalInt stage = StageReader.read(normalised);
        boolean onlyAsked = stage.isPresent() && StageReader.onlyAsked(normalised);
        if (onlyAsked) {
            // the stage asked about, for the question's answer; not a stage reached, so no discussion is implied
            found.put(Slots.STAGE_ASKED, Slots.YES);
        }
        if (stage.isPresent()) {
            found.put(Slots.STAGE, Integer.toString(stage.getAsInt()));
            if (stage.getAsInt() > 0 && !onlyAsked) {
                // a stage is only reached after the initial discussion between the professionals
                found.put(Slots.INITIAL_DISCUSSION, Slots.YES);
            }
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        Optional<LocalDate> raised = DateReader.readRaised(lower, today);
        raised.ifPresent(date -> found.put(Slots.RAISED_ON, date.toString()));
        // the earlier challenge's day only where a stage's day was read: the message is lowered and read once
        raised.flatMap(date -> DateReader.readEarlierRaised(lower, today, date))
                .ifPresent(date -> found.put(Slots.EARLIER_RAISED_ON, date.toString()));
        phrases.apply(normalised, found);
        places.find(words != null ? words : normalised.split(" ")).ifPresent(place -> found.put(Slots.PLACE, place));
        return found;
    }
}
