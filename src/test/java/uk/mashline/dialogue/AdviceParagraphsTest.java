package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Advice remembers its paragraphs between changes: every change is seen by the next look. */
class AdviceParagraphsTest {

    @Test
    void everyChangeIsInTheNextLook() {
        Advice advice = new Advice().add("Call 999 now.");
        assertEquals(List.of("Call 999 now."), advice.paragraphs());
        advice.add("Then call the MASH.");
        assertEquals(List.of("Call 999 now.", "Then call the MASH."), advice.paragraphs());
        advice.addLast("It answers at once.");
        assertEquals(List.of("Call 999 now.", "Then call the MASH.", "It answers at once."), advice.paragraphs());
        advice.add("Childline is free.");
        advice.putSecond("Childline is free.");
        assertEquals(List.of("Call 999 now.", "Childline is free.", "Then call the MASH.", "It answers at once."),
                advice.paragraphs());
        advice.essentialsEndHere();
        advice.addToEssentials("Stay safe.");
        advice.add("More help online.");
        advice.addToEssentials("You are not alone.");
        assertEquals(List.of("Call 999 now.", "Childline is free.", "Then call the MASH.", "Stay safe.",
                "You are not alone.", "More help online.", "It answers at once."), advice.paragraphs());
        // a sentence said already is dropped wherever it comes again
        advice.add("Call 999 now.");
        assertEquals(7, advice.paragraphs().size());
    }
}
