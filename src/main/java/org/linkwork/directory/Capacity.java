package org.linkwork.directory;

import java.util.Optional;

/**
 * How many more people a service can take, as its organisation last said: a number of places left,
 * a waiting list, or not stated. A service with no places left is full and keeps a waiting list.
 *
 * @param placesLeft for {@link Kind#PLACES} only: zero or more
 */
public record Capacity(Kind kind, int placesLeft) {

    public static final Capacity NOT_STATED = new Capacity(Kind.NOT_STATED, 0);
    public static final Capacity WAITING_LIST = new Capacity(Kind.WAITING_LIST, 0);

    public enum Kind {
        PLACES,
        WAITING_LIST,
        NOT_STATED
    }

    public Capacity {
        if (kind == null) {
            throw new IllegalArgumentException("A capacity needs a kind");
        }
        if (placesLeft < 0) {
            throw new IllegalArgumentException("Places left cannot be fewer than none");
        }
        if (kind != Kind.PLACES) {
            placesLeft = 0;
        }
    }

    public static Capacity places(int placesLeft) {
        return new Capacity(Kind.PLACES, placesLeft);
    }

    /** The same capacity with one place fewer; never fewer than none. A waiting list or no figure stays as it is. */
    public Capacity withOnePlaceTaken() {
        return kind == Kind.PLACES ? places(Math.max(0, placesLeft - 1)) : this;
    }

    public boolean isFull() {
        return kind == Kind.PLACES && placesLeft == 0;
    }

    /** As search results and the service page show it: "3 places left", "Full - waiting list"; empty when not stated. */
    public Optional<String> words() {
        return switch (kind) {
            case PLACES -> Optional.of(placesLeft == 0 ? "Full \u2014 waiting list"
                    : placesLeft == 1 ? "1 place left" : placesLeft + " places left");
            case WAITING_LIST -> Optional.of("Waiting list");
            case NOT_STATED -> Optional.empty();
        };
    }
}
