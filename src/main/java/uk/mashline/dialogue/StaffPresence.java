package uk.mashline.dialogue;

/**
 * Port: whether a member of MASH staff is on duty now to reply to someone who asked for a person (signed in
 * to the console and marked available). The reply says so honestly: a child told "someone will reply"
 * when nobody is there waits for nothing.
 */
public interface StaffPresence {

    StaffPresence NOBODY = partnershipId -> false;

    boolean someoneAvailable(String partnershipId);
}
