package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.mashline.knowledge.data.NationalHelplinesReader;
import uk.mashline.nlu.Classification;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A parent's questions after an answer about online abuse (dialogue/online-follow-ups.tsv), from the lead's trials. */
class OnlineFollowUpsTest {

    private static final Wording WORDING = Wording.fromClasspath("dialogue/wording.properties");
    private static final OnlineFollowUps ONLINE = OnlineFollowUps.fromClasspath(OnlineFollowUps.DEFAULT_FILE, WORDING,
            new NationalHelp(WORDING, new NationalHelplinesReader().load(null),
                    PatternFile.labelledFromClasspath("dialogue/online-images.tsv")));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "she says they havent met yet|not_now",
            "no hes not here its online|not_now",
            "they have not met in person|not_now",
            "should i call the police?|report",
            // one or the other: both, said as both (lead's trial N12: "do we ring 101 or report it to ceop" got the
            // same reply as before)
            "should i report it to the police or ceop|which",
            "do we ring 101 or report it to ceop|which",
            "should we just pay him|pay",
            "she's really upset, what do i say to her|talk"})
    void kinds(String message, String kind) {
        assertEquals(Optional.of(kind), ONLINE.kind(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"he is outside her school now", "she has gone to meet him", "ok"})
    void notFollowUps(String message) {
        assertEquals(Optional.empty(), ONLINE.kind(message));
    }

    @Test
    void theThreatOfSharingImagesUnlessSheSendsMoreIsTold() {
        assertEquals(Optional.of("report-remove"), ONLINE.told(
                "my daughters 15 and shes been sending pics to some guy online and now hes saying hell send them to "
                        + "everyone unless she sends more"));
    }

    @Test
    void onlyTheModelOrAWeakCueTheQuestionTripsGivesWayNeverARule() {
        assertTrue(ONLINE.mayAnswer(new Classification("i", Route.IMMEDIATE_RISK, 0.4, "classifier", "v"), true));
        assertTrue(ONLINE.mayAnswer(new Classification("i", Route.IMMEDIATE_RISK, 1.0, "send-help", "v"), false));
        assertFalse(ONLINE.mayAnswer(new Classification("i", Route.IMMEDIATE_RISK, 1.0, "weapon-now", "v"), false));
        assertTrue(ONLINE.mayAnswer(new Classification("i", Route.REPORT_CONCERN, 0.9, null, "v"), false));
    }
}
