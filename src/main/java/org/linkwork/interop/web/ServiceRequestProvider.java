package org.linkwork.interop.web;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.linkwork.referrals.Referral;
import org.linkwork.referrals.ReferralId;
import org.linkwork.referrals.ReferralStatus;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.Urgency;
import org.springframework.stereotype.Component;

/**
 * {@code GET /fhir/ServiceRequest/{id}}: a referral to the link-worker service, read (and audited) by
 * module referrals as {@code GET /api/v1/referrals/{id}} reads it, so that a referrer sees only the
 * referrals they made and no one sees what they may not.
 */
@Component
class ServiceRequestProvider implements IResourceProvider {

    static final String LINK_WORKER_SERVICE = "Social prescribing link worker service";

    private final Referrals referrals;

    ServiceRequestProvider(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public Class<ServiceRequest> getResourceType() {
        return ServiceRequest.class;
    }

    @Read
    public ServiceRequest readReferral(@IdParam IdType id) {
        ReferralId referralId = new ReferralId(DomainCalls.uuid(id));
        Referral referral = DomainCalls.call(() -> referrals.referral(referralId, "FHIR ServiceRequest read")).referral();
        return serviceRequest(referral);
    }

    static ServiceRequest serviceRequest(Referral referral) {
        ServiceRequest request = new ServiceRequest();
        request.setId(new IdType("ServiceRequest", referral.id().toString(), String.valueOf(referral.version())));
        request.getMeta().setLastUpdated(Date.from(referral.updatedAt()));
        // Every state before discharge is the link-worker team's work in hand.
        request.setStatus(referral.status() == ReferralStatus.DISCHARGED ? ServiceRequest.ServiceRequestStatus.COMPLETED
                : ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setPriority(referral.urgency() == Urgency.SOON ? ServiceRequest.ServiceRequestPriority.URGENT
                : ServiceRequest.ServiceRequestPriority.ROUTINE);
        request.setCode(new CodeableConcept().setText(LINK_WORKER_SERVICE));
        for (String need : referral.needs()) {
            request.addCategory(new CodeableConcept(new Coding(ReferralBundle.NEEDS, need, null)));
        }
        request.setSubject(new Reference("Patient/" + referral.personId()));
        request.setAuthoredOn(Date.from(referral.createdAt()));
        request.setRequester(new Reference().setDisplay(referral.source().label()));
        if (referral.reason() != null) {
            request.addReasonCode(new CodeableConcept().setText(referral.reason()));
        }
        return request;
    }
}
