package uk.mashline.dialogue;

/**
 * Who is asking, as far as the conversation has told us. It changes the advice: consent
 * and escalation apply to professionals; a child is spoken to as a child.
 */
public enum CallerRole {
    UNKNOWN, PUBLIC, CHILD, PARENT_FAMILY, PROFESSIONAL;

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** An adult who does not work with the child: a parent, a relative, a neighbour, anyone else. */
    public boolean isFamilyOrPublic() {
        return this == PARENT_FAMILY || this == PUBLIC;
    }
}
