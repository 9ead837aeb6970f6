package org.linkwork.directory.listings;

import java.util.Optional;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Location;
import org.linkwork.directory.Service;
import org.linkwork.identity.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves what a provider or administrator does to a listing: create, edit (which also confirms it
 * as correct) and confirm, each written to the audit log.
 *
 * <p>Optimistic locking is checked here, not in {@link Directory}: the edit form carries the
 * version of the service row it was made from, and {@link #update} locks that row before
 * comparing. {@link Directory#saveService} joins the same transaction, so the lock is held until
 * the edit is stored and two edits of one version cannot both pass. Doing it here keeps the
 * directory's API (used by imports, which have no version to offer) unchanged.
 */
@Component
class ListingEditor {

    private final Directory directory;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    ListingEditor(Directory directory, JdbcClient jdbc, AuditLog auditLog) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** The stored version of a service, to be sent back with an edit. */
    int version(String serviceId) {
        return jdbc.sql("select version from service where id = :id").param("id", serviceId).query(Integer.class)
                .optional().orElseThrow(() -> new ListingNotFound(serviceId));
    }

    @Transactional
    void create(Service service, Optional<Location> newLocation) {
        newLocation.ifPresent(directory::saveLocation);
        directory.saveService(service);
        directory.confirmListing(service.id());
        auditLog.record("directory.service.create", "service", service.id(), "Listing added: " + service.name());
    }

    /**
     * @param expectedVersion the version the edit was made from; null (a form without one) never matches
     * @throws ListingChangedMeanwhile when the service is no longer at {@code expectedVersion}
     */
    @Transactional
    void update(Service service, Integer expectedVersion, Optional<Location> newLocation) {
        int stored = jdbc.sql("select version from service where id = :id for update").param("id", service.id())
                .query(Integer.class).optional().orElseThrow(() -> new ListingNotFound(service.id()));
        if (expectedVersion == null || stored != expectedVersion) {
            throw new ListingChangedMeanwhile(service.id());
        }
        newLocation.ifPresent(directory::saveLocation);
        directory.saveService(service);
        directory.confirmListing(service.id());
        auditLog.record("directory.service.update", "service", service.id(), "Listing edited and confirmed: " + service.name());
    }

    @Transactional
    void confirm(Service service) {
        directory.confirmListing(service.id());
        auditLog.record("directory.service.confirm", "service", service.id(), "Confirmed still correct: " + service.name());
    }
}
