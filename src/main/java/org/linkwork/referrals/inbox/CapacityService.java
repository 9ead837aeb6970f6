package org.linkwork.referrals.inbox;

import org.linkwork.directory.Capacity;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Service;
import org.linkwork.identity.AuditLog;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.OnwardReferralStatusChanged;
import org.linkwork.referrals.ServiceCapacities;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services' capacity, kept by the directory. An accepted referral takes a place in the same
 * transaction as the acceptance, however it was accepted (the inbox, the JSON API, a link worker).
 */
@Component
@Transactional
class CapacityService implements ServiceCapacities {

    static final int MAX_PLACES = 10_000;

    private final Directory directory;
    private final InboxAccess access;
    private final AuditLog audit;

    CapacityService(Directory directory, InboxAccess access, AuditLog audit) {
        this.directory = directory;
        this.access = access;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Capacity of(String serviceId) {
        return directory.capacity(serviceId);
    }

    @Override
    public void set(String serviceId, Capacity capacity) {
        Service service = directory.findService(serviceId).orElseThrow(() -> new NotFound("Service", serviceId));
        access.requireOrganisation(service.organizationId(), "Service", serviceId);
        if (capacity == null) {
            throw new InvalidInput("kind", "Choose places left, waiting list or not stated");
        }
        if (capacity.placesLeft() > MAX_PLACES) {
            throw new InvalidInput("places", "Places left must be " + MAX_PLACES + " or fewer");
        }
        directory.setCapacity(serviceId, capacity);
        audit.record("service.capacity", "service", serviceId, capacity.words().orElse("not stated"));
    }

    /** Runs inside the transaction that accepted the referral. */
    @EventListener
    void takeAPlaceWhenAccepted(OnwardReferralStatusChanged changed) {
        if (changed.to() == OnwardReferralStatus.ACCEPTED) {
            directory.takePlace(changed.serviceId());
        }
    }
}
