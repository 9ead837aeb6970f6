package org.linkwork.careplans;

/**
 * A share link that does not open a plan. Its message never names the person or the plan.
 */
public class ShareLinkNotUsable extends RuntimeException {

    public enum Why { UNKNOWN, EXPIRED, REVOKED }

    private final Why why;

    public ShareLinkNotUsable(Why why) {
        super("This link does not open a plan: " + why.name().toLowerCase(java.util.Locale.ROOT));
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
