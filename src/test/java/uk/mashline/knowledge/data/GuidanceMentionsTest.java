package uk.mashline.knowledge.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.Partnerships;

/** A mention padded with a space in the data is a whole word, never a piece of another one. */
class GuidanceMentionsTest {

    private final Partnership westSussex = Partnerships.bundled().find("west-sussex").orElseThrow();

    private boolean copyInShown(String message) {
        return westSussex.guidance(GuidanceTopic.ESCALATION, true, message).stream()
                .anyMatch(g -> g.text().text().contains("who to copy in"));
    }

    @Test
    void aPaddedMentionIsAWholeWord() {
        assertTrue(copyInShown("who do i cc when i email them"));
        assertTrue(copyInShown("do i cc the team manager?"));
        // "cc" inside "accept", "access", "account" is no question of who to copy in (blind q41 G05)
        assertFalse(copyInShown("the MASH wont accept my referral, im a social prescriber, how do i challenge that"));
        assertFalse(copyInShown("they would not give us access to the family, i disagree"));
    }
}
