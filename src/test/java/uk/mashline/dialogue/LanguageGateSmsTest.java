package uk.mashline.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.mashline.knowledge.Calendars;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.Partnerships;
import uk.mashline.knowledge.WeeklyWindow;
import uk.mashline.knowledge.data.NationalHelplinesReader;
import uk.mashline.language.Language;
import uk.mashline.language.LanguagePack;
import uk.mashline.language.LanguageTestSupport;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The safety line in every language, for every partnership, by day and by night, as SMS: the 999
 * line comes first, the number to ring for an interpreter is in the texts, and the turn stays
 * within the SMS budgets (at most 2 segments a text, 3 a turn, UCS-2 counted as Twilio counts it).
 */
class LanguageGateSmsTest {

    private static final Wording WORDING = Wording.fromClasspath("dialogue/wording.properties");
    private static final HelpNow HELP_NOW = new HelpNow(WORDING,
            Calendars.englandAndWales(), WeeklyWindow.mondayToFriday(LocalTime.of(8, 0), LocalTime.of(18, 0)),
            new NationalHelp(WORDING, new NationalHelplinesReader().load(null)));
    private static final LanguageGate GATE = new LanguageGate(text -> Language.ENGLISH, LanguageTestSupport.PACKS,
            HELP_NOW, new NationalHelplinesReader().load(null));

    static Stream<Object[]> cases() {
        return LanguageTestSupport.PACKS.all().stream().flatMap(pack -> Partnerships.bundled().all().stream()
                .flatMap(p -> Stream.of("2027-03-10T10:00:00Z", "2027-03-13T22:00:00Z")
                        .map(at -> new Object[] {pack, p, ZonedDateTime.parse(at)})));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void eachLanguagesSafetyLineFitsTheSmsBudgetWith999First(LanguagePack pack, Partnership partnership,
                                                             ZonedDateTime at) {
        Reply reply = GATE.safetyReply(partnership, at, Channel.SMS, pack.language());
        List<String> texts = ReplyBudget.smsTexts(reply.paragraphs());
        String all = String.join("\n", texts);
        assertTrue(texts.get(0).startsWith(reply.paragraphs().get(0)) && reply.paragraphs().get(0).contains("999"),
                all);
        assertTrue(texts.stream().allMatch(t -> SmsSegments.count(t) <= ReplyBudget.SMS_SEGMENTS_PER_TEXT), all);
        assertTrue(ReplyBudget.smsSegments(reply.paragraphs()) <= ReplyBudget.SMS_SEGMENTS_PER_TURN, all);
        String number = HELP_NOW.personNow(partnership, at).map(c -> c.phone())
                .orElse(new NationalHelplinesReader().load(null).get("nspcc").phone());
        assertTrue(all.contains(number), "the number to ring for an interpreter is sent: " + all);
    }
}
