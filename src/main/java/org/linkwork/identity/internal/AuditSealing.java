package org.linkwork.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Seals new audit events into the chain every few seconds, and checks the whole chain each night. */
@Component
class AuditSealing {

    private static final Logger log = LoggerFactory.getLogger(AuditSealing.class);

    private final AuditChain chain;

    AuditSealing(AuditChain chain) {
        this.chain = chain;
    }

    @Scheduled(fixedDelayString = "${linkwork.identity.audit.seal-interval:5s}")
    void sealNewEvents() {
        while (chain.seal() == AuditChain.SEALS_PER_RUN) {
            // more are waiting: carry on until the backlog is sealed
        }
    }

    @Scheduled(cron = "${linkwork.identity.audit.verify-cron:0 15 3 * * *}", zone = "Europe/London")
    void verifyEveryNight() {
        AuditChain.Verification verification = chain.verify();
        if (verification.intact()) {
            log.info("Audit chain verified: {} events sealed, head {}", verification.sealed(), verification.head());
        } else {
            log.error("AUDIT CHAIN BROKEN at position {}: {}", verification.brokenAt().orElseThrow(),
                    verification.finding());
        }
    }
}
