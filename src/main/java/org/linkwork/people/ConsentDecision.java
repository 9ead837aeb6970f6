package org.linkwork.people;

import java.util.Optional;

/**
 * A consent decision to record, for {@link People#recordConsents}: the same as the arguments of
 * {@link People#recordConsent}.
 *
 * @param organisation required for {@link Consent.Scope#SHARE_WITH_ORGANISATION}, refused for the other scopes
 * @param given        true when agreed, false when refused or withdrawn
 */
public record ConsentDecision(PersonId personId, Consent.Scope scope, Optional<Consent.Organisation> organisation,
        boolean given, String note) {
}
