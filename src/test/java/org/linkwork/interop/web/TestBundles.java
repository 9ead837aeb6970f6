package org.linkwork.interop.web;

import java.time.LocalDate;
import org.linkwork.people.TestPeople;

/** Referral bundles for tests, about fictional people with test-range NHS numbers. */
final class TestBundles {

    private TestBundles() {
    }

    static String referral(String givenName) {
        return referral(givenName, TestPeople.nhsNumber(), null);
    }

    /** @param identifier the Bundle.identifier value, or null for none */
    static String referral(String givenName, String nhsNumber, String identifier) {
        return referral(givenName, TestPeople.birthDate(), nhsNumber, identifier, "urgent", consent("active"));
    }

    static String referral(String givenName, LocalDate birthDate, String nhsNumber, String identifier, String priority,
            String consentEntry) {
        String id = identifier == null ? "" : """
                "identifier": {"system": "https://gp.example.org/referrals", "value": "%s"},""".formatted(identifier);
        return """
                {"resourceType": "Bundle", "type": "transaction", %s
                 "entry": [
                  {"fullUrl": "urn:uuid:7b0c7b33-58d4-4b36-a0a4-3c5a2b6c1a01",
                   "resource": {"resourceType": "Patient",
                     "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "%s"}],
                     "name": [{"use": "official", "family": "Quillfeather", "given": ["%s"]}],
                     "telecom": [{"system": "phone", "value": "01632 960 123"},
                                 {"system": "email", "value": "someone@example.com"}],
                     "birthDate": "%s",
                     "address": [{"use": "home", "postalCode": "HX1 1UJ"}]},
                   "request": {"method": "POST", "url": "Patient"}},
                  {"fullUrl": "urn:uuid:7b0c7b33-58d4-4b36-a0a4-3c5a2b6c1a02",
                   "resource": {"resourceType": "PractitionerRole",
                     "code": [{"coding": [{"system": "https://linkwork.org/fhir/CodeSystem/referral-source", "code": "gp"}]}]},
                   "request": {"method": "POST", "url": "PractitionerRole"}},
                  {"fullUrl": "urn:uuid:7b0c7b33-58d4-4b36-a0a4-3c5a2b6c1a03",
                   "resource": {"resourceType": "ServiceRequest", "status": "active", "intent": "order",
                     "priority": "%s",
                     "category": [{"coding": [{"system": "https://linkwork.org/fhir/CodeSystem/needs", "code": "walking"}]}],
                     "code": {"coding": [{"system": "https://linkwork.org/fhir/CodeSystem/needs",
                                          "code": "loneliness-social-connection"}],
                              "text": "Social prescribing"},
                     "subject": {"reference": "urn:uuid:7b0c7b33-58d4-4b36-a0a4-3c5a2b6c1a01"},
                     "requester": {"reference": "urn:uuid:7b0c7b33-58d4-4b36-a0a4-3c5a2b6c1a02"},
                     "reasonCode": [{"text": "Lonely since moving"}],
                     "note": [{"text": "Would like to walk more"}]},
                   "request": {"method": "POST", "url": "ServiceRequest"}}%s
                 ]}
                """.formatted(id, nhsNumber, givenName, birthDate, priority,
                consentEntry == null ? "" : ",\n" + consentEntry);
    }

    static String consent(String status) {
        return """
                  {"fullUrl": "urn:uuid:7b0c7b33-58d4-4b36-a0a4-3c5a2b6c1a04",
                   "resource": {"resourceType": "Consent", "status": "%s",
                     "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope",
                                           "code": "treatment"}]},
                     "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0"}]}],
                     "patient": {"reference": "urn:uuid:7b0c7b33-58d4-4b36-a0a4-3c5a2b6c1a01"},
                     "provision": {"type": "permit"}},
                   "request": {"method": "POST", "url": "Consent"}}""".formatted(status);
    }
}
