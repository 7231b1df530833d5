package uk.mashline.knowledge;

/** Who a partnership allows to escalate a disagreement with a safeguarding decision. */
public enum EscalationAudience {
    /** Only practitioners and agencies; families use the complaints route. */
    PROFESSIONALS_ONLY,
    /** Anyone in the child's network: professionals, parents, carers, family, friends, neighbours, the child. */
    ANYONE_IN_CHILDS_NETWORK
}
