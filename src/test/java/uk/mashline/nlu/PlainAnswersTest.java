package uk.mashline.nlu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.mashline.dialogue.Route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainAnswersTest {

    private final TextNormaliser normaliser = TextNormaliser.standard();
    private final PlainAnswers answers = PlainAnswers.standard();

    private Optional<String> kind(String text) {
        return answers.kindOf(normaliser.normalise(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "18/11/2026|date", "16th Nov|date", "Monday 16 November|date", "yesterday|date", "last Tuesday|date",
        "three days ago|date", "i raised it on the 14th|date",
        "im 12|age", "I'm 12|age", "she's in year 10|age", "he's 9 nearly 10|age", "yr 7|age", "in reception|age",
        "he's in year 3 at the primary|age", "she turns 14 next month|age", "15 in june|age", "sixth form|age",
        "the police already know|who-knows", "no i havent told anyone yet|who-knows", "school is aware|who-knows",
        "at school|location",
        "she's my daughter|relation", "he's my son's friend|relation", "mum's boyfriend|relation", "the boy next door|relation",
        "he's 7 and his sister is 4|ages", "3 kids aged 2, 5 and 9|ages", "she's only little, about 3|ages", "14 or 15|ages", "at her dad's|location", "it happened at the park|location", "in the flat|location", "she's 7|age", "my son is 9|age", "14 year old|age", "aged 3|age",
        "2|number", "option 3|number", "the second one|number", "07700 900123|number",
        "stage 2|stage", "we are at stage 3|stage", "level 3|stage",
        "a teacher|role", "i'm the DSL|role", "health visitor|role", "her mum|role", "member of the public|role",
        "Crawley|place", "in Crawley|place", "we're in Sandwell|place", "West Bromwich|place",
        "the MASH decision|decision", "no further action|decision", "the cp plan|decision",
        "yes|reply", "no not yet|reply", "ok|reply", "k|reply", "idk|reply", "yes i did|reply",
        "link?|follow-up", "more|follow-up", "what else should I do|follow-up", "so is that a yes?|follow-up",
        "I don't know if I'm overreacting|doubt", "am i overreacting?|doubt", "probably nothing but|doubt",
        "she's safe with me now|safe", "they're both asleep upstairs and fine|safe", "no, he's in prison|safe",
        "he doesn't live with us anymore|safe", "the police came and took him away|safe", "no injuries|safe",
        // who is not asking, in reply to "are you a professional?" (lead's trial, 30 Nov: the 999 reply)
        "no im not a professional just live next door|role", "not a professional, just a neighbour|role",
        "no i'm not, i just live over the road|role", "nah not a teacher or anything, im her aunt|role",
        // which child, in reply to "how old is the child?" (lead's trial, N12: the 999 reply)
        "my little brother is 6|age", "my baby sister is 2|age", "my younger son is 9|age", "my eldest is 15|age",
        "my little brother is 6 and my sister is 3|ages", "she's my little sister|relation",
        // the one who hurt them is away until later (lead's trial N21: the 999 reply)
        "no hes not coming back till 6|safe", "he's not back till 6|safe", "hes at work till 5|safe",
        "no he's at work until 6pm|safe", "not home till tomorrow|safe",
        // plain answers given together (lead's probe, twentieth session: an age and a place got 999 from the model alone)
        "hes 6 and they live in strood|age+place", "a teacher and it was yesterday|role+date", "yes and stage 2|reply+stage",
    })
    void recognisesPlainAnswers(String text, String expectedKind) {
        assertEquals(Optional.of(expectedKind), kind(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "police", "help", "999", "hurry", "now", "im 12 and my dad hits me", "she is 7 and home alone",
        "yesterday he hit her", "Crawley, hes got a knife", "he is here", "i am scared",
        "Do I need her consent to refer?", "I don't know if I'm overreacting, he has a knife",
        "i dont know if im overreacting but my daughter is not home and its 2am",
        "she's in year 10 and he's hitting her", "year 9 and hes got a knife", "the police already know hes here",
        "i havent told anyone he hurts me", "he is at the house", "at the flat and hes got a knife",
        "mum's boyfriend is here", "she's with me now and bleeding", "she's safe but he's outside",
        "he is in prison but his brother is here", "they are asleep and he has a knife", "he's 7 and not breathing", "my daughter has gone",
        "no im not a professional, i live next door and he is hitting her", "my little brother is 6 and hes not breathing",
        "my baby sister is alone", "he's not back till tonight", "hes 6 and hes here", "she is 4 and in crawley and alone", "hes at work till 5 but his brother is here", "i live next door and can hear screaming",
    })
    void anythingElseIsNotAPlainAnswer(String text) {
        assertEquals(Optional.empty(), kind(text), text);
    }

    /** The safety property: no danger message anyone has written for this line is a plain answer. */
    @Test
    void noImmediateRiskExampleIsAPlainAnswer() {
        List<String> danger = new ArrayList<>();
        IntentCorpusLoader.fromDirectory(Path.of("intents")).intents().stream()
                .filter(f -> f.route() == Route.IMMEDIATE_RISK).forEach(f -> danger.addAll(f.examples()));
        for (Path file : List.of(HeldOutExample.DEFAULT_FILE, Path.of("src/test/resources/nlu/blind-2026-11-30/first-messages.tsv"),
                Path.of("src/test/resources/nlu/blind-2026-11-30-b/first-messages.tsv"),
                Path.of("src/test/resources/nlu/blind-2026-11-30-c/first-messages.tsv"))) {
            HeldOutExample.read(file).stream()
                    .filter(e -> e.route() == Route.IMMEDIATE_RISK).forEach(e -> danger.add(e.text()));
        }
        assertTrue(danger.size() > 1000);
        List<String> plain = danger.stream().filter(t -> kind(t).isPresent()).toList();
        assertEquals(List.of(), plain);
    }

    @Test
    void dataErrorsNameTheLine() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> PlainAnswers.parse(List.of("# c", "answer\tx\t{NOPE}"), List.of()));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlainAnswers.parse(List.of("oops\tx\ty"), List.of()));
        PlainAnswers tiny = PlainAnswers.parse(List.of("answer\tplace\t(?:in )?{PLACE}"), List.of("# towns", "crawley"));
        assertEquals(Optional.of("place"), tiny.kindOf("in crawley"));
        assertEquals(Optional.empty(), tiny.kindOf("in crawley now"));
    }

    @org.junit.jupiter.api.Test
    void theStartLiteralsNeverChangeTheAnswer() {
        java.util.List<String> texts = new java.util.ArrayList<>();
        IntentCorpusLoader.fromDirectory(java.nio.file.Path.of("intents")).intents().forEach(f -> texts.addAll(f.examples()));
        HeldOutExample.read(HeldOutExample.DEFAULT_FILE).forEach(e -> texts.add(e.text()));
        texts.addAll(java.util.List.of("12", "im 12", "yes", "no", "18/11/2026", "last tuesday", "crawley", "a", "stage 2"));
        int plain = 0;
        for (String text : texts) {
            String normalised = normaliser.normalise(text);
            Optional<String> expected = answers.kindWithoutPrefilter(normalised);
            org.junit.jupiter.api.Assertions.assertEquals(expected, answers.kindOf(normalised), text);
            plain += expected.isPresent() ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(plain > 20, "some lines are plain answers: " + plain);
    }
}
