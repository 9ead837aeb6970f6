package org.linkwork.careplans;

/**
 * What to do if things get worse.
 *
 * @param ifThingsGetWorse the signs to look out for and what to do, in plain words
 * @param whoToContact     who to call, and how
 */
public record Contingency(String ifThingsGetWorse, String whoToContact) {

    public static final Contingency NONE = new Contingency(null, null);

    public boolean isEmpty() {
        return ifThingsGetWorse == null && whoToContact == null;
    }
}
