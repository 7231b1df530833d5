package uk.mashline.knowledge;

/** Who a partnership allows to escalate a disagreement with a safeguarding decision. */
public enum EscalationAudience {
    /** Only practitioners and agencies; families use the complaints route. */
    PROFESSIONALS_ONLY,
    /** Anyone in the child's network: professionals, parents, carers, family, friends, neighbours, the child. */
    ANYONE_IN_CHILDS_NETWORK,
    /**
     * The document does not say who may use the escalation route (it may point to a policy it does
     * not contain): a parent is told so and where to ask, never that the route is closed to them.
     */
    NOT_STATED
}
