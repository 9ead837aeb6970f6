package org.linkwork.interop.web;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.linkwork.platform.InvalidInput;
import org.linkwork.referrals.Receipt;
import org.linkwork.referrals.Referrals;
import org.springframework.stereotype.Component;

/**
 * {@code POST /fhir}: a transaction Bundle holding a Patient, a ServiceRequest and the person's Consent
 * is a referral to the link-worker service, received by module referrals as a referral through the JSON
 * API is: the same checks, the same batch writing, all or nothing. A Bundle.identifier works as an
 * Idempotency-Key: the same bundle sent again answers with the referral made the first time.
 */
@Component
class ReferralBundleProvider {

    private final Referrals referrals;
    private final FhirContext fhir;

    ReferralBundleProvider(Referrals referrals, FhirContext fhir) {
        this.referrals = referrals;
        this.fhir = fhir;
    }

    @Transaction
    public Bundle receiveReferral(@TransactionParam Bundle bundle) {
        if (bundle == null) {
            throw new InvalidRequestException("No body", Outcomes.error(IssueType.REQUIRED,
                    "Send a referral as a transaction Bundle in the request body", "Bundle"));
        }
        ReferralBundle read = ReferralBundle.read(bundle, fhir);
        Receipt receipt = DomainCalls.call(() -> {
            try {
                return read.key().isPresent() ? referrals.receive(read.referral(), read.key().get())
                        : referrals.receive(read.referral());
            } catch (InvalidInput e) {
                throw new UnprocessableEntityException("Referral refused", read.outcome(e));
            }
        });
        Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        response.setId(UUID.randomUUID().toString());
        response.setTimestamp(new Date());
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryResponseComponent answer = response.addEntry().getResponse();
            if (i == read.patientEntry()) {
                answer.setStatus(receipt.replayed() ? "200 OK" : "201 Created")
                        .setLocation("Patient/" + receipt.personId());
            } else if (i == read.serviceRequestEntry()) {
                answer.setStatus(receipt.replayed() ? "200 OK" : "201 Created")
                        .setLocation("ServiceRequest/" + receipt.id());
            } else if (i == read.consentEntry()) {
                // Kept as the person's consent record in module people, which has no FHIR id of its own.
                answer.setStatus(receipt.replayed() ? "200 OK" : "201 Created");
            } else {
                // Who referred is read from these; nothing of them is kept.
                answer.setStatus("200 OK");
            }
        }
        return response;
    }
}
