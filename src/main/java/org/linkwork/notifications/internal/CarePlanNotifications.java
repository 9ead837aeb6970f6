package org.linkwork.notifications.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.linkwork.careplans.PlanReviewDue;
import org.linkwork.identity.Recipients;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a link worker that a care plan review is near or overdue: in the app, with the date and a link to
 * the plan, and by an email of a line and a link when they have an address. Neither names the person.
 * This runs after the reminder job's commit, so a failure here never undoes the reminder's claim.
 */
@Component
class CarePlanNotifications {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final NotificationRecords records;
    private final Recipients recipients;
    private final Mailer mailer;

    CarePlanNotifications(NotificationRecords records, Recipients recipients, Mailer mailer) {
        this.records = records;
        this.recipients = recipients;
        this.mailer = mailer;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void planReviewDue(PlanReviewDue event) {
        String link = "/care-plans/" + event.planId();
        String message = event.overdue()
                ? "A care plan review is overdue: it was due on " + DAY.format(event.reviewDue())
                : "A care plan review is due on " + DAY.format(event.reviewDue());
        recipients.byUsername(event.linkWorker()).ifPresent(recipient -> {
            records.insert(recipient.username(), event.overdue() ? "plan-review-overdue" : "plan-review-due", message, link);
            recipient.email().ifPresent(to -> mailer.send(to,
                    event.overdue() ? "A care plan review is overdue in Linkwork" : "A care plan review is due in Linkwork",
                    event.overdue() ? "A care plan review on your caseload is overdue." : "A care plan review on your caseload is due soon.",
                    link));
        });
    }
}
