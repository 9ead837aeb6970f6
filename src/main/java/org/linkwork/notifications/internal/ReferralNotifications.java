package org.linkwork.notifications.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkwork.identity.Recipients;
import org.linkwork.identity.Recipients.Recipient;
import org.linkwork.identity.Role;
import org.linkwork.referrals.OnwardReferralEscalated;
import org.linkwork.referrals.OnwardReferralRequested;
import org.linkwork.referrals.OnwardReferralStatusChanged;
import org.linkwork.referrals.ReferralParties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people about onward referrals once the change is committed: the organisation's users of a
 * new referral, the link worker and the referrer of a change of status, both of an escalation. Each
 * is told in the app and, when they have an email address, by an email of a line and a link.
 * This runs on the thread that made the change, after its commit, so a failure here never undoes it.
 */
@Component
class ReferralNotifications {

    private static final Set<Role> ORGANISATION_ROLES = Set.of(Role.PROVIDER, Role.ADMIN);

    private final NotificationRecords records;
    private final Recipients recipients;
    private final ReferralParties parties;
    private final Mailer mailer;

    ReferralNotifications(NotificationRecords records, Recipients recipients, ReferralParties parties, Mailer mailer) {
        this.records = records;
        this.recipients = recipients;
        this.parties = parties;
        this.mailer = mailer;
    }

    private record Message(String kind, String inApp, String subject, String line, String link) {
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onwardReferralRequested(OnwardReferralRequested event) {
        ReferralParties.Parties party = parties.of(event.onwardReferralId());
        tell(recipients.ofOrganisation(event.organisationId(), ORGANISATION_ROLES),
                new Message("referral-requested", "New referral to " + party.serviceName(),
                        "New referral in Linkwork", "You have a new referral in Linkwork.",
                        "/provider/referrals/" + event.onwardReferralId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onwardReferralStatusChanged(OnwardReferralStatusChanged event) {
        ReferralParties.Parties party = parties.of(event.onwardReferralId());
        String status = event.to().code().replace('-', ' ');
        Message forLinkWorker = new Message("referral-status", "Referral to " + party.serviceName() + " is now " + status,
                "A referral was updated in Linkwork", "A referral you follow was updated in Linkwork.",
                "/referrals/" + event.referralId());
        Message forReferrer = new Message("referral-status", "A referral you made was updated: " + status,
                "A referral was updated in Linkwork", "A referral you made was updated in Linkwork.", "/my-referrals");
        Map<String, Message> who = new LinkedHashMap<>();
        party.referrer().ifPresent(r -> who.put(r, forReferrer));
        party.linkWorker().ifPresent(l -> who.put(l, forLinkWorker));
        who.remove(event.actor());
        who.forEach((username, message) -> recipients.byUsername(username).ifPresent(r -> tell(List.of(r), message)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onwardReferralEscalated(OnwardReferralEscalated event) {
        ReferralParties.Parties party = parties.of(event.onwardReferralId());
        String waited = "Referral to " + party.serviceName() + " has waited " + event.workingDaysWaited()
                + " working days for an answer";
        List<Recipient> organisation = recipients.ofOrganisation(event.organisationId(), ORGANISATION_ROLES);
        tell(organisation, new Message("referral-escalated", waited, "A referral is waiting for your answer in Linkwork",
                "A referral to your organisation is waiting for an answer in Linkwork.",
                "/provider/referrals/" + event.onwardReferralId()));
        Optional<Recipient> linkWorker = party.linkWorker().flatMap(recipients::byUsername)
                .filter(l -> organisation.stream().noneMatch(o -> o.username().equals(l.username())));
        linkWorker.ifPresent(l -> tell(List.of(l), new Message("referral-escalated", waited,
                "A referral is waiting for an answer in Linkwork",
                "A referral you made on is waiting for the organisation's answer in Linkwork.",
                "/referrals/" + event.referralId())));
    }

    private void tell(List<Recipient> who, Message message) {
        for (Recipient recipient : who) {
            records.insert(recipient.username(), message.kind(), message.inApp(), message.link());
        }
        for (Recipient recipient : who) {
            recipient.email().ifPresent(to -> mailer.send(to, message.subject(), message.line(), message.link()));
        }
    }
}
