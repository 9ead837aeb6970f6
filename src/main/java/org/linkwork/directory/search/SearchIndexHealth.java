package org.linkwork.directory.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * A node is not ready for visitors until its search index is: while the index is being built or
 * resumed at start, health reports "OUT_OF_SERVICE" (503), so a load balancer sends no one yet.
 */
@Component("searchIndex")
class SearchIndexHealth implements HealthIndicator {

    private final IndexFollower follower;

    SearchIndexHealth(IndexFollower follower) {
        this.follower = follower;
    }

    @Override
    public Health health() {
        return follower.isReady() ? Health.up().build() : Health.outOfService().build();
    }
}
