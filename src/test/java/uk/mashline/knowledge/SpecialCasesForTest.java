package uk.mashline.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A disagreement is told the special cases that may concern it, not another decision's own route. */
class SpecialCasesForTest {

    private final EscalationPolicy lscb = Partnerships.bundled().find("lscb-model").orElseThrow().escalationPolicy();

    private static boolean mentions(List<SourcedText> cases, String words) {
        return cases.stream().anyMatch(c -> c.text().contains(words));
    }

    @Test
    void aDecisionNotKnownIsToldThemAll() {
        assertEquals(lscb.specialCases(), lscb.specialCasesFor(Optional.empty()));
    }

    @Test
    void aClosedCaseIsNotToldTheConferenceOrJointResponseRoutes() {
        List<SourcedText> cases = lscb.specialCasesFor(Optional.of("mash"));
        assertFalse(mentions(cases, "Dissent at a child protection conference"));
        assertFalse(mentions(cases, "joint response"));
        assertFalse(mentions(cases, "implementing a child protection plan"));
        // the cases that belong to no one decision stay
        assertTrue(mentions(cases, "Significant policy issues"));
        assertTrue(mentions(cases, "Disagreement with the MASH at contact or referral stage"));
    }

    @Test
    void aConferenceDisagreementKeepsBothConferenceRoutes() {
        List<SourcedText> cases = lscb.specialCasesFor(Optional.of("conference"));
        assertTrue(mentions(cases, "Dissent at a child protection conference"));
        assertTrue(mentions(cases, "need for a child protection conference"));
        assertFalse(mentions(cases, "joint response"));
    }
}
