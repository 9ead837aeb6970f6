package org.linkwork.referrals;

import org.linkwork.directory.Capacity;
import org.linkwork.platform.NotFound;

/**
 * How many more people a service can take. Kept in the directory, so that search shows it; stated by
 * the service's organisation here, and one place is taken whenever one of its referrals is accepted.
 */
public interface ServiceCapacities {

    Capacity of(String serviceId);

    /**
     * @throws NotFound when there is no such service, or the caller may not act for its organisation
     */
    void set(String serviceId, Capacity capacity);
}
