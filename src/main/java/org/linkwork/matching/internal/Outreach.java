package org.linkwork.matching.internal;

/**
 * How a service reaches people who cannot come to a venue, if it does.
 */
enum Outreach {
    NONE(null),
    PHONE("By phone: no need to travel"),
    ONLINE("Online: no need to travel"),
    HOME("Comes to you at home"),
    DOOR_TO_DOOR("Door-to-door: picks you up"),
    AREA_WIDE("Covers the whole area");

    private final String reason;

    Outreach(String reason) {
        this.reason = reason;
    }

    String reason() {
        return reason;
    }

    boolean comesToYou() {
        return this != NONE;
    }
}
