package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LastAskedTest {

    @Test
    void onlyTheVerySameMessageIsAnsweredFromTheMemo() {
        List<String> asked = new ArrayList<>();
        LastAsked<Integer> length = new LastAsked<>(text -> {
            asked.add(text);
            return text.length();
        });
        String message = "my stepdad hits me";
        assertEquals(18, length.of(message));
        assertEquals(18, length.of(message));
        assertEquals(1, asked.size(), "the same turn asking again");
        String sameWords = new String(message.toCharArray());
        assertEquals(18, length.of(sameWords));
        assertEquals(2, asked.size(), "another message with the same words is asked afresh");
        assertEquals(2, length.of("ok"));
        assertEquals(18, length.of(message));
        assertEquals(4, asked.size());
    }
}
