package org.linkwork.interop.web;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.linkwork.people.PersonDetails;
import org.linkwork.platform.InvalidInput;
import org.linkwork.referrals.IdempotencyKey;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.Source;
import org.linkwork.referrals.Urgency;

/**
 * A transaction Bundle read as a referral to the link-worker service (see docs/interop.md for the
 * mapping), with where in the bundle each field of the referral came from, so that what module
 * referrals refuses is reported at its element. What cannot be a referral at all (another bundle type,
 * no Patient, two ServiceRequests) is refused here, before anything is looked up or written.
 */
record ReferralBundle(NewReferral referral, Optional<IdempotencyKey> key, Map<String, String> paths,
        int patientEntry, int serviceRequestEntry, int consentEntry) {

    static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    static final String NEEDS = "https://linkwork.org/fhir/CodeSystem/needs";
    static final String SOURCES = "https://linkwork.org/fhir/CodeSystem/referral-source";
    private static final String CONSENT_MISSING = "A referral needs the person's agreement: add a Consent for the "
            + "Patient with status active";

    /** The FHIRPath of the element a field of {@link NewReferral} came from, or the bundle's entries. */
    String pathOf(String field) {
        return paths.getOrDefault(field, field.startsWith("person.") ? paths.get("person") : "Bundle");
    }

    /** Module referrals' problems as an OperationOutcome with each element's path. */
    OperationOutcome outcome(InvalidInput refused) {
        OperationOutcome outcome = new OperationOutcome();
        for (InvalidInput.FieldProblem problem : refused.problems()) {
            String message = problem.field().equals("consent") && consentEntry < 0 ? CONSENT_MISSING : problem.message();
            Outcomes.add(outcome, IssueType.INVALID, message, pathOf(problem.field()));
        }
        return outcome;
    }

    /** @throws UnprocessableEntityException when the bundle cannot be a referral, naming each element at fault */
    static ReferralBundle read(Bundle bundle, FhirContext fhir) {
        OperationOutcome problems = new OperationOutcome();
        if (bundle.getType() != Bundle.BundleType.TRANSACTION) {
            Outcomes.add(problems, IssueType.INVALID, "A referral is sent as a Bundle of type transaction", "Bundle.type");
        }
        int patient = -1;
        int serviceRequest = -1;
        int consent = -1;
        List<BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            BundleEntryComponent entry = entries.get(i);
            String at = "Bundle.entry[" + i + "]";
            if (entry.getResource() == null) {
                Outcomes.add(problems, IssueType.REQUIRED, "Each entry needs a resource", at);
                continue;
            }
            if (entry.hasRequest() && entry.getRequest().hasMethod()
                    && entry.getRequest().getMethod() != Bundle.HTTPVerb.POST) {
                Outcomes.add(problems, IssueType.NOTSUPPORTED, "Only POST (create) is accepted in a referral bundle",
                        at + ".request.method");
            }
            Resource resource = entry.getResource();
            switch (resource) {
                case Patient p -> patient = once(problems, patient, i, "Patient");
                case ServiceRequest s -> serviceRequest = once(problems, serviceRequest, i, "ServiceRequest");
                case Consent c -> consent = once(problems, consent, i, "Consent");
                default -> {
                    // Practitioners and organisations may come along to say who refers; nothing else is kept.
                }
            }
        }
        if (patient < 0) {
            Outcomes.add(problems, IssueType.REQUIRED, "The bundle must hold the Patient referred", "Bundle.entry");
        }
        if (serviceRequest < 0) {
            Outcomes.add(problems, IssueType.REQUIRED, "The bundle must hold a ServiceRequest to the link-worker service",
                    "Bundle.entry");
        }
        if (problems.hasIssue()) {
            throw new UnprocessableEntityException("Not a referral bundle", problems);
        }

        Map<String, String> paths = new HashMap<>();
        String p = "Bundle.entry[" + patient + "].resource";
        String s = "Bundle.entry[" + serviceRequest + "].resource";
        paths.put("person", p);
        Patient person = (Patient) entries.get(patient).getResource();
        ServiceRequest request = (ServiceRequest) entries.get(serviceRequest).getResource();
        BundleEntryComponent patientEntry = entries.get(patient);

        PersonDetails details = person(person, p, paths, problems);
        Reader reader = new Reader(entries, patientEntry);
        if (request.hasSubject() && !reader.isPatient(request.getSubject())) {
            Outcomes.add(problems, IssueType.INVALID, "ServiceRequest.subject must refer to the Patient in this bundle",
                    s + ".subject");
        }
        if (request.hasStatus() && request.getStatus() != ServiceRequest.ServiceRequestStatus.ACTIVE) {
            Outcomes.add(problems, IssueType.INVALID, "A referral's ServiceRequest.status must be active", s + ".status");
        }
        Urgency urgency = switch (request.hasPriority() ? request.getPriority() : ServiceRequest.ServiceRequestPriority.ROUTINE) {
            case URGENT -> Urgency.SOON;
            case ASAP, STAT -> {
                Outcomes.add(problems, IssueType.NOTSUPPORTED, "Social prescribing is not an emergency service: "
                        + "priority must be routine or urgent", s + ".priority");
                yield null;
            }
            default -> Urgency.ROUTINE;
        };
        paths.put("urgency", s + ".priority");
        paths.put("reason", s + ".reasonCode");
        paths.put("needs", s + ".code");
        paths.put("source", s + ".requester");
        String reason = reason(request);
        List<String> needs = Stream.concat(request.getCategory().stream(), Stream.of(request.getCode()))
                .flatMap(concept -> concept.getCoding().stream())
                .filter(coding -> NEEDS.equals(coding.getSystem()) && coding.hasCode())
                .map(Coding::getCode).toList();
        Source source = request.hasRequester() ? reader.source(request.getRequester()) : Source.OTHER;

        Boolean agreed = null;
        if (consent >= 0) {
            String c = "Bundle.entry[" + consent + "].resource";
            Consent given = (Consent) entries.get(consent).getResource();
            paths.put("consent", c + ".status");
            if (given.hasPatient() && !reader.isPatient(given.getPatient())) {
                Outcomes.add(problems, IssueType.INVALID, "Consent.patient must refer to the Patient in this bundle",
                        c + ".patient");
            }
            boolean denied = given.hasProvision() && given.getProvision().getType() == Consent.ConsentProvisionType.DENY;
            agreed = given.getStatus() == Consent.ConsentState.ACTIVE && !denied;
            if (denied) {
                paths.put("consent", c + ".provision.type");
            }
        } else {
            paths.put("consent", "Bundle.entry");
        }
        if (problems.hasIssue()) {
            throw new UnprocessableEntityException("Not a referral bundle", problems);
        }

        // The key: Bundle.identifier, or else the ServiceRequest's conditional create (If-None-Exist), each
        // marked as FHIR's so that it never meets a key the same caller sent to the JSON API.
        Optional<IdempotencyKey> key = Optional.empty();
        Identifier identifier = bundle.getIdentifier();
        String condition = entries.get(serviceRequest).getRequest().getIfNoneExist();
        String digest = digest(fhir.newJsonParser().encodeResourceToString(bundle));
        if (identifier.hasValue()) {
            String value = "fhir:" + (identifier.hasSystem() ? identifier.getSystem() + "|" : "") + identifier.getValue();
            key = Optional.of(new IdempotencyKey(value, digest));
            paths.put("Idempotency-Key", "Bundle.identifier");
        } else if (condition != null && !condition.isBlank()) {
            key = Optional.of(new IdempotencyKey("fhir:if-none-exist:" + condition.strip(), digest));
            paths.put("Idempotency-Key", "Bundle.entry[" + serviceRequest + "].request.ifNoneExist");
        }
        NewReferral referral = new NewReferral(details, source, reason, null, needs, urgency, agreed, NewReferral.Door.API);
        return new ReferralBundle(referral, key, Map.copyOf(paths), patient, serviceRequest, consent);
    }

    private static int once(OperationOutcome problems, int seen, int index, String type) {
        if (seen >= 0) {
            Outcomes.add(problems, IssueType.INVALID, "A referral bundle holds one " + type + "; send each referral "
                    + "in a bundle of its own", "Bundle.entry[" + index + "]");
            return seen;
        }
        return index;
    }

    private static PersonDetails person(Patient patient, String p, Map<String, String> paths, OperationOutcome problems) {
        String given = null;
        String family = null;
        List<HumanName> names = patient.getName();
        int n = 0;
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).getUse() == HumanName.NameUse.OFFICIAL || names.get(i).getUse() == HumanName.NameUse.USUAL) {
                n = i;
                break;
            }
        }
        paths.put("person.givenName", p + ".name[" + n + "].given");
        paths.put("person.familyName", p + ".name[" + n + "].family");
        if (!names.isEmpty()) {
            HumanName name = names.get(n);
            given = name.getGiven().stream().map(StringType::getValue).filter(v -> v != null && !v.isBlank())
                    .findFirst().orElse(null);
            family = name.getFamily();
        }

        LocalDate birthDate = null;
        paths.put("person.birthDate", p + ".birthDate");
        if (patient.hasBirthDateElement() && patient.getBirthDateElement().getValue() != null) {
            if (patient.getBirthDateElement().getPrecision() != TemporalPrecisionEnum.DAY) {
                Outcomes.add(problems, IssueType.INVALID, "Patient.birthDate must be a full date, such as 1956-03-14",
                        p + ".birthDate");
            } else {
                var date = patient.getBirthDateElement();
                birthDate = LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
                if (birthDate.isAfter(LocalDate.now(ZoneId.of("Europe/London")))) {
                    Outcomes.add(problems, IssueType.INVALID, "Date of birth must be in the past", p + ".birthDate");
                    birthDate = null;
                }
            }
        }

        String nhsNumber = null;
        paths.put("person.nhsNumber", p + ".identifier");
        List<Identifier> identifiers = patient.getIdentifier();
        for (int i = 0; i < identifiers.size(); i++) {
            if (NHS_NUMBER.equals(identifiers.get(i).getSystem())) {
                nhsNumber = identifiers.get(i).getValue();
                paths.put("person.nhsNumber", p + ".identifier[" + i + "].value");
                break;
            }
        }

        String postcode = null;
        paths.put("person.postcode", p + ".address");
        for (int i = 0; i < patient.getAddress().size(); i++) {
            if (patient.getAddress().get(i).hasPostalCode()) {
                postcode = patient.getAddress().get(i).getPostalCode();
                paths.put("person.postcode", p + ".address[" + i + "].postalCode");
                break;
            }
        }

        String phone = null;
        String email = null;
        paths.put("person.phone", p + ".telecom");
        paths.put("person.email", p + ".telecom");
        List<ContactPoint> telecom = patient.getTelecom();
        for (int i = 0; i < telecom.size(); i++) {
            ContactPoint point = telecom.get(i);
            if (!point.hasValue()) {
                continue;
            }
            if (phone == null && (point.getSystem() == ContactPoint.ContactPointSystem.PHONE
                    || point.getSystem() == ContactPoint.ContactPointSystem.SMS)) {
                phone = point.getValue();
                paths.put("person.phone", p + ".telecom[" + i + "].value");
            } else if (email == null && point.getSystem() == ContactPoint.ContactPointSystem.EMAIL) {
                email = point.getValue();
                paths.put("person.email", p + ".telecom[" + i + "].value");
            }
        }
        return PersonDetails.basic(given, family, birthDate, nhsNumber, postcode, phone, email);
    }

    /** The reason codes' words (their text, or else their codings' displays), then the notes. */
    private static String reason(ServiceRequest request) {
        List<String> parts = new ArrayList<>();
        for (CodeableConcept concept : request.getReasonCode()) {
            if (concept.hasText()) {
                parts.add(concept.getText());
            } else {
                concept.getCoding().stream().filter(Coding::hasDisplay).map(Coding::getDisplay).forEach(parts::add);
            }
        }
        request.getNote().stream().filter(note -> note.hasText()).map(note -> note.getText()).forEach(parts::add);
        List<String> words = parts.stream().filter(part -> part != null && !part.isBlank()).map(String::strip).toList();
        return words.isEmpty() ? null : String.join("\n", words);
    }

    private static String digest(String canonical) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resolves references between the bundle's entries: by fullUrl, or by type and id. */
    private record Reader(List<BundleEntryComponent> entries, BundleEntryComponent patient) {

        boolean isPatient(Reference reference) {
            return resolve(reference).filter(r -> r == patient.getResource()).isPresent();
        }

        Optional<Resource> resolve(Reference reference) {
            String target = reference.getReference();
            if (target == null || target.isBlank()) {
                return Optional.empty();
            }
            for (BundleEntryComponent entry : entries) {
                Resource resource = entry.getResource();
                if (resource == null) {
                    continue;
                }
                boolean byUrl = target.equals(entry.getFullUrl());
                boolean byId = resource.hasIdElement() && resource.getIdElement().getIdPart() != null
                        && target.equals(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
                if (byUrl || byId) {
                    return Optional.of(resource);
                }
            }
            return Optional.empty();
        }

        /**
         * The person themself when the Patient asks; otherwise a code of ours on the requesting
         * PractitionerRole or Organization (system {@link #SOURCES}); otherwise "other".
         */
        Source source(Reference requester) {
            Optional<Resource> resource = resolve(requester);
            if (resource.filter(r -> r == patient.getResource()).isPresent()) {
                return Source.SELF;
            }
            List<CodeableConcept> kinds = switch (resource.orElse(null)) {
                case PractitionerRole role -> role.getCode();
                case Organization organisation -> organisation.getType();
                case null, default -> List.of();
            };
            return kinds.stream().flatMap(kind -> kind.getCoding().stream())
                    .filter(coding -> SOURCES.equals(coding.getSystem()))
                    .map(coding -> Source.fromCode(coding.getCode())).flatMap(Optional::stream)
                    .findFirst().orElse(Source.OTHER);
        }
    }
}
