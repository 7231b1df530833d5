package uk.mashline.knowledge;

/** Where in a conversation a piece of a document's guidance answers what callers ask. */
public enum GuidanceTopic {
    /** Reporting a worry or making a referral: what to include, what happens next, duties to refer. */
    REPORT_CONCERN,
    EARLY_HELP,
    /** A professional asking for advice (thresholds, Prevent, interpreters). */
    CONSULTATION,
    CONSENT,
    /** A disagreement: shown on any of its turns when the caller mentions the entry's words (a child on a plan...). */
    ESCALATION,
    /**
     * A term the document explains ("what is a MARF?"), answered whatever else the conversation is on. Shown only
     * when the question names one of the entry's mentions, so every entry on this topic must have some.
     */
    TERM,
    /**
     * What happens after a worry is passed on, and how long it takes ("what happens after i ring them?"), or that the
     * document does not say: asked after a reply that told the caller where to take the worry.
     */
    AFTER_CONTACT,
    /**
     * A family told that children's services want to assess their child ("they want to do an assessment on my kids",
     * "i havent done anything wrong"): what the document says an assessment is and the family's part in it.
     */
    ASSESSMENT,
    /**
     * A parent afraid children's services will take their child ("can they take my kids"): what the document says of
     * children staying with their families, where it says anything (West Sussex does; care helper, 21st session).
     */
    REMOVAL,
    /**
     * Where a complaint goes, for the audience the document's own complaints route does not speak to: a professional where
     * it names only the families' route (Sandwell: the Council's process for families; concern about another agency's
     * action or inaction on a child is the escalation policy's). Said in place of that route, not beside it.
     */
    COMPLAINT,
    /** How long a reply to a complaint takes ("how long do they have to reply?"), or that the document does not say. */
    COMPLAINT_REPLY,
    /**
     * "What if he finds out it was me": what a document silent on anonymity does say about who is told what after a
     * contact, for the person afraid of being named.
     */
    ANONYMITY,
    /**
     * Whom a member of the public contacts where the document prints no number for its front door ("who do i call" in
     * Sandwell): the body the document names as running children's social care, to reach through its published details.
     */
    FRONT_DOOR
}
