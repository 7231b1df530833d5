package uk.mashline.dialogue;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Who is writing, read from the words (dialogue/caller-roles.tsv): the lines a session added, with their near misses. */
class CallerRoleDetectorTest {

    private static final CallerRoleDetector ROLES = CallerRoleDetector.fromClasspath("dialogue/caller-roles.tsv");

    // routes helper, 34th session; none a line of a test set
    @Test
    void aYoungCarerAtSchoolAFriendsChildAReferrerAndAPupilByYear() {
        assertEquals(Optional.of(CallerRole.CHILD), ROLES.detect("i care for my dad most nights and get told off for homework not being done"));
        assertEquals(Optional.of(CallerRole.CHILD), ROLES.detect("is there a club for teens like me who look after someone"));
        assertNotEquals(Optional.of(CallerRole.CHILD), ROLES.detect("i look after my mum and do the school run for my kids"));
        assertEquals(Optional.of(CallerRole.PUBLIC), ROLES.plainly("my neighbours 6 year old daughter is left on the step every morning"));
        assertEquals(Optional.empty(), ROLES.plainly("my mates 12 year old brother keeps getting hit"));
        assertEquals(Optional.of(CallerRole.PROFESSIONAL), ROLES.detect("we are about to submit a referral, do we need dads say so"));
        assertNotEquals(Optional.of(CallerRole.PROFESSIONAL), ROLES.detect("im referring myself to early help, do they tell school"));
        assertEquals(Optional.of(CallerRole.PROFESSIONAL), ROLES.detect("worried about a year 8 student, who do i ring"));
        assertEquals(Optional.of(CallerRole.PROFESSIONAL),
                ROLES.detect("can i hand over the boys name and date of birth and address to the housing team without consent"));
    }
}
