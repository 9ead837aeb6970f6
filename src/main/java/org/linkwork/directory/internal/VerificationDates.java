package org.linkwork.directory.internal;

import java.time.Instant;
import org.linkwork.directory.ServiceChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets when a listing was last verified, for the demo directory (a realistic spread of ages) and
 * for tests of freshness. Public for the directory's own sub-packages only: it is not in the
 * module's API, because nothing outside the directory may pretend a listing was checked.
 */
@Component
public class VerificationDates {

    private final Services services;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;

    VerificationDates(Services services, ChangeLog changeLog, ApplicationEventPublisher events) {
        this.services = services;
        this.changeLog = changeLog;
        this.events = events;
    }

    /** Records the listing as last verified at {@code when}; search follows it like any change. */
    @Transactional
    public void backdate(String serviceId, Instant when) {
        services.setLastVerified(serviceId, when);
        changeLog.serviceChanged(serviceId);
        events.publishEvent(new ServiceChanged(serviceId));
    }
}
