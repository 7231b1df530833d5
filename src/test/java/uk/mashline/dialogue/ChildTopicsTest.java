package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a young person tells of or asks, in words of its own (dialogue/child-topics.tsv). */
class ChildTopicsTest {

    private static final ChildTopics TOPICS = ChildTopics.fromClasspath(ChildTopics.DEFAULT_FILE);

    private static Optional<String> kind(String text) {
        return TOPICS.in(text).map(ChildTopics.Topic::kind);
    }

    // care helper's first set, 28th session: each got "telling an adult you trust", the question unanswered
    @Test
    void aYoungPersonsQuestionsAboutTellingHaveTheirOwnAnswers() {
        assertEquals(Optional.of("teacher_tells"), kind("if i tell my teacher about my step dad will she have to tell someone"));
        assertEquals(Optional.of("teacher_tells"), kind("will my teacher pass it on"));
        assertEquals(Optional.of("childline_private"), kind("if i ring childline will my mum find out"));
        assertEquals(Optional.of("tell_parent"), kind("does the school nurse have to tell my mum if i tell her something"));
        assertEquals(Optional.of("phone_bill"), kind("will it show on the phone bill"));
        assertEquals(Optional.of("eating_helpline"), kind("is there like a eating disorder helpline"));
        assertEquals(Optional.of("hit_normal"), kind("is it normal 4 ur mum 2 hit u wiv a belt"));
        assertEquals(Optional.of("home_scared"), kind("i dont want to go home my mum is gonna go mental when she sees my report"));
        assertEquals(Optional.of("parents_fighting"), kind("my mum n her bf keep fighting and i just stay in my room"));
    }

    // care helper's first set, 29th session: the 999 script from the model alone, or the plain child answer, the question unanswered
    @Test
    void beingTakenAwayHowToTellWhatHappensToThemAndHomeBeingHard() {
        assertEquals(Optional.of("taken_away"), kind("r we gonna get put in foster care if i tell miss"));
        assertEquals(Optional.of("taken_away"), kind("if i say something will i need to go and live with a foster family"));
        assertEquals(Optional.of("taken_away"), kind("will they separate me from my little sister"));
        assertEquals(Optional.of("how_to_tell"), kind("how am i meant to tell my head of year"));
        assertEquals(Optional.of("how_to_tell"), kind("idk what to say to her"));
        assertEquals(Optional.of("adult_trouble"), kind("will my step dad go to prison if i tell"));
        assertEquals(Optional.of("home_unhappy"), kind("im 14 and i cant stand being at home anymore"));
        assertEquals(Optional.of("parents_fighting"), kind("mum and dad are always yelling at each other"));
        // a question about someone else's signs is not how to tell someone
        assertEquals(Optional.empty(), kind("how do i tell if my friend is being groomed"));
    }

    // "we've split up" is the writer's own ex, not their parents splitting up: their nudes come first
    @Test
    void nudesStillHeldComeBeforeParentsSplittingUp() {
        assertEquals(Optional.of("nudes_held"), kind("i sent nudes to my ex when we were going out and now we've split up "
                + "im scared hes still got them"));
        assertEquals(Optional.of("parents_splitting"), kind("my parents are splitting up and i cant stop crying"));
    }

    // beside harm told, only the kinds asked for count, wherever another topic comes first in the file
    @Test
    void theFirstOfTheKindsAskedFor() {
        String told = "if i tell my teacher that my dad hits me will i get took away from my mum";
        assertEquals(Optional.of("taken_away"), TOPICS.in(told, DisclosureAdvisor.ANSWERED_WITH_HARM)
                .map(ChildTopics.Topic::kind));
        assertEquals(Optional.empty(), TOPICS.in("my parents are splitting up and my dad hits me",
                DisclosureAdvisor.ANSWERED_WITH_HARM));
        assertEquals(Optional.of("adult_trouble"), TOPICS.in("my uncle hits me, if i tell will he get arrested",
                DisclosureAdvisor.ANSWERED_WITH_HARM).map(ChildTopics.Topic::kind));
        assertEquals(Optional.of("how_to_tell"), TOPICS.in("my step mum shuts me in the shed, what do i say to my teacher",
                DisclosureAdvisor.ANSWERED_WITH_HARM).map(ChildTopics.Topic::kind));
    }

    @Test
    void everyKindAnsweredWithHarmHasItsWording() throws IOException {
        Properties wording = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dialogue/wording.properties")) {
            wording.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String kind : DisclosureAdvisor.ANSWERED_WITH_HARM) {
            assertTrue(wording.containsKey("child.topic." + kind), kind);
            assertTrue(PatternFile.labelledFromClasspath(ChildTopics.DEFAULT_FILE).stream()
                    .anyMatch(l -> l.label().split(":")[0].equals(kind)), kind);
        }
        assertTrue(Set.copyOf(DisclosureAdvisor.ANSWERED_WITH_HARM).contains("nudes_held"));
    }

    // a child blaming themselves after telling (care helper's first set, 28th session: "are you somewhere safe?" again)
    @Test
    void aChildWhoThinksTheyDeserveItIsToldOtherwise() {
        ChildUpdates updates = ChildUpdates.fromClasspath(ChildUpdates.DEFAULT_FILE);
        assertEquals(Optional.of("deserved"), updates.update("she only does it when im naughty"));
        assertEquals(Optional.of("deserved"), updates.update("its my fault"));
    }
}
