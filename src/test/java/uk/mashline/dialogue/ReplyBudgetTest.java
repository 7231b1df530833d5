package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplyBudgetTest {

    private static final String SENTENCE = "This sentence is about forty characters.";
    private static final String RISK = "Call 999 now if a child is in danger.";

    @Test
    void shortParagraphsShareOneText() {
        assertEquals(List.of("Call 999 now.\nThen the MASH."), ReplyBudget.smsTexts(List.of("Call 999 now.", "Then the MASH.")));
    }

    @Test
    void anSmsTurnKeepsTwoSegmentsATextAndThreeInAllAndTheRestWaitsInOrder() {
        List<String> paragraphs = List.of(RISK, (SENTENCE + " ").repeat(5).strip(), (SENTENCE + " ").repeat(5).strip(),
                (SENTENCE + " ").repeat(5).strip(), "Last.");
        ReplyBudget.Page page = ReplyBudget.fit(Channel.SMS, paragraphs, "Reply MORE for more.", "");
        List<String> texts = ReplyBudget.texts(page.now());
        assertTrue(texts.get(0).startsWith(RISK));
        assertTrue(texts.get(texts.size() - 1).endsWith("Reply MORE for more."), texts.toString());
        texts.forEach(t -> assertTrue(SmsSegments.count(t) <= 2, t));
        assertTrue(texts.stream().mapToInt(SmsSegments::count).sum() <= 3);
        assertTrue(page.hasMore());
        assertEquals("Last.", page.later().get(page.later().size() - 1));
        String all = String.join(" ", page.now()) + " " + String.join(" ", page.later());
        assertEquals(15, all.split("forty", -1).length - 1, "nothing lost, nothing twice: " + all);
    }

    @Test
    void aUcs2TextIsCutAt67CharactersAPart() {
        String welsh = "Ffoniwch 999 nawr os yw plentyn mewn perygl. Mae\u2019r llinell ar agor. ".repeat(6).strip()
                .replace("\u2019", "\u0175");
        List<String> texts = ReplyBudget.smsTexts(List.of(welsh));
        texts.forEach(t -> assertTrue(SmsSegments.count(t) <= 2, t.length() + ": " + t));
        assertTrue(texts.stream().mapToInt(SmsSegments::count).sum() <= 3);
    }

    @Test
    void aReplyThatFitsHasNoMoreLine() {
        ReplyBudget.Page page = ReplyBudget.fit(Channel.SMS, List.of(RISK, "Tell the MASH."), "Reply MORE.", "");
        assertFalse(page.hasMore());
        assertEquals(List.of(RISK, "Tell the MASH."), page.now());
    }

    @Test
    void aVoicePromptKeeps50WordsWithItsClosingQuestion() {
        String ten = "one two three four five six seven eight nine ten.";
        List<String> paragraphs = List.of("Dial nine nine nine now.", ten, ten, ten, ten, ten);
        ReplyBudget.Page page = ReplyBudget.fit(Channel.VOICE, paragraphs, "Say more or press 9 for the rest.",
                "Anything else?");
        int spoken = page.now().stream().mapToInt(ReplyBudget::words).sum() + 2;
        assertTrue(spoken <= 50, spoken + " words");
        assertTrue(page.now().get(0).startsWith("Dial nine"));
        assertTrue(page.now().get(page.now().size() - 1).endsWith("Say more or press 9 for the rest."));
        assertTrue(page.hasMore());
    }

    @Test
    void theWebShowsThreeSentencesFirstAndTheRestBehindMore() {
        ReplyBudget.Page page = ReplyBudget.fit(Channel.WEB,
                List.of("Call 999 now. Ask for the police.", "Tell the MASH on 01234. It is open.", "Sources."), "", "");
        assertEquals(List.of("Call 999 now. Ask for the police."), page.now());
        assertEquals(2, page.later().size());
        ReplyBudget.Page long1 = ReplyBudget.fit(Channel.WEB, List.of("A one. B two. C three. D four. E five."), "", "");
        assertEquals(List.of("A one. B two. C three."), long1.now());
        assertEquals(List.of("D four. E five."), long1.later());
    }
}
