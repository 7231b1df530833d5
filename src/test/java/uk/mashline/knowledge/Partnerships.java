package uk.mashline.knowledge;

import uk.mashline.knowledge.data.PartnershipLoader;

/** The shipped partnership data, loaded once for tests. */
public final class Partnerships {

    private static final PartnershipDirectory BUNDLED = new PartnershipLoader().load(null);

    private Partnerships() {
    }

    public static PartnershipDirectory bundled() {
        return BUNDLED;
    }
}
