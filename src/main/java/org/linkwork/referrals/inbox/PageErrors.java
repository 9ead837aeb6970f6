package org.linkwork.referrals.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linkwork.platform.InvalidInput;

/**
 * Problems to show on an inbox page: each in the error summary, linked to its field (or to the
 * actions, for a refused change of status), and next to the field when there is one.
 */
final class PageErrors {

    /** Where a problem that belongs to no field points: the actions of the page. */
    static final String ACTIONS = "actions";

    record PageError(String field, String message) {
    }

    private final List<PageError> errors = new ArrayList<>();

    static PageErrors of(InvalidInput e) {
        PageErrors errors = new PageErrors();
        e.problems().forEach(p -> errors.add(p.field(), p.message()));
        return errors;
    }

    static PageErrors of(String field, String message) {
        return new PageErrors().add(field, message);
    }

    PageErrors add(String field, String message) {
        errors.add(new PageError(field, message));
        return this;
    }

    public List<PageError> getAll() {
        return List.copyOf(errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The message about a field, for showing next to it; null when there is none. */
    public String on(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(PageError::message).findFirst().orElse(null);
    }

    public boolean has(String field) {
        return Optional.ofNullable(on(field)).isPresent();
    }
}
