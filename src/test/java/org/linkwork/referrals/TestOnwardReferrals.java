package org.linkwork.referrals;

import java.util.List;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Service;
import org.linkwork.directory.demo.DemoDirectory;
import org.linkwork.people.TestPeople;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Onward referrals for tests, made as people make them: a referrer refers a fictional person, and the
 * link worker refers them on to a service.
 */
public record TestOnwardReferrals(Referrals referrals, Directory directory, UserDetailsService users) {

    public static final String FAMILY_NAME = "Quillfeather";

    /** A service of the demo provider's organisation (Halifax Joint and Mobility Group). */
    public Service providersService() {
        return directory.servicesOf(DemoDirectory.PROVIDER_ORGANIZATION_ID).stream().filter(Service::isActive)
                .findFirst().orElseThrow();
    }

    /** An active service of another organisation than the demo provider's. */
    public Service anotherOrganisationsService() {
        return directory.organizations(0, 20).stream().map(Organization::id)
                .filter(id -> !id.equals(DemoDirectory.PROVIDER_ORGANIZATION_ID))
                .flatMap(id -> directory.servicesOf(id).stream()).filter(Service::isActive).findFirst().orElseThrow();
    }

    /** A new person referred by the demo referrer, then referred on by the demo link worker. */
    public OnwardReferral referOn(String givenName, String serviceId, boolean shareWithOrganisation) {
        return referOn(givenName, TestPeople.nhsNumber(), serviceId, shareWithOrganisation);
    }

    public OnwardReferral referOn(String givenName, String nhsNumber, String serviceId, boolean shareWithOrganisation) {
        try {
            TestReferrals.signIn(users, "referrer");
            Receipt receipt = referrals.receive(new NewReferral(
                    TestPeople.everything(givenName, FAMILY_NAME, TestPeople.birthDate(), nhsNumber), Source.GP,
                    "Would like to move more with others", null, List.of("walking"), Urgency.ROUTINE, true,
                    NewReferral.Door.REFERRAL_FORM));
            TestReferrals.signIn(users, "linkworker");
            return referrals.referOn(receipt.id(), serviceId, "Keen to start soon; mornings suit best",
                    shareWithOrganisation);
        } finally {
            TestReferrals.signOut();
        }
    }

    /** Changes the status as the demo provider would. */
    public OnwardReferral answer(OnwardReferralId id, OnwardReferralStatus target, Reason reason) {
        return answerAs("provider", id, target, reason);
    }

    /** Changes the status as this demo user would. */
    public OnwardReferral answerAs(String username, OnwardReferralId id, OnwardReferralStatus target, Reason reason) {
        try {
            TestReferrals.signIn(users, username);
            return referrals.changeStatus(id, target, reason);
        } finally {
            TestReferrals.signOut();
        }
    }
}
