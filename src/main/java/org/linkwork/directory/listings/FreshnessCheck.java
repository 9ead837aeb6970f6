package org.linkwork.directory.listings;

import java.time.Instant;
import org.linkwork.directory.Freshness;
import org.linkwork.identity.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily freshness check: reminds each organisation of its listings not confirmed for six
 * months (due for a check) or twelve (may be out of date). It runs every morning (cron
 * {@code linkwork.directory.freshness-check.cron}) and once on start, after the demo directory is
 * loaded; running it again, or on several nodes at once, repeats no reminder.
 */
@Component
@Order(20)
public class FreshnessCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FreshnessCheck.class);

    private final ListingReminders reminders;
    private final AuditLog auditLog;

    FreshnessCheck(ListingReminders reminders, AuditLog auditLog) {
        this.reminders = reminders;
        this.auditLog = auditLog;
    }

    @Override
    public void run(ApplicationArguments args) {
        check(Instant.now());
    }

    @Scheduled(cron = "${linkwork.directory.freshness-check.cron:0 30 6 * * *}", zone = "Europe/London")
    public void checkEveryMorning() {
        check(Instant.now());
    }

    /**
     * Reminds organisations of the listings that are due for a check at {@code now}.
     *
     * @return how many reminders were new
     */
    public int check(Instant now) {
        int added = reminders.remindVerifiedBefore(now.minus(Freshness.CHECK_AFTER), now.minus(Freshness.OUT_OF_DATE_AFTER));
        if (added > 0) {
            auditLog.record("directory.freshness.remind", "directory", null,
                    added + " listing reminders sent to their organisations");
            log.info("Freshness check: {} new reminders", added);
        }
        return added;
    }
}
