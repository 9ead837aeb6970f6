package org.linkwork.interop.web;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.linkwork.identity.AuditLog;
import org.linkwork.referrals.OnwardKind;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.OnwardReferralChange;
import org.linkwork.referrals.OnwardReferralId;
import org.linkwork.referrals.Reason;
import org.linkwork.referrals.ReferralId;
import org.linkwork.referrals.Referrals;
import org.springframework.stereotype.Component;

/**
 * The closed loop: onward referrals to community services as FHIR Tasks, whose states are the task
 * states module referrals keeps them in. {@code GET /fhir/Task/{id}} lets in whoever module referrals
 * lets see the onward referral (the team, the referrer, the organisation it was sent to);
 * {@code GET /fhir/Task?based-on=ServiceRequest/{id}} those who may read the referral. Reads are audited.
 * A signpost is not a task: nothing was asked of the service.
 */
@Component
class TaskProvider implements IResourceProvider {

    static final String REASONS = "https://linkwork.org/fhir/CodeSystem/onward-referral-reason";

    private final Referrals referrals;
    private final AuditLog audit;

    TaskProvider(Referrals referrals, AuditLog audit) {
        this.referrals = referrals;
        this.audit = audit;
    }

    @Override
    public Class<Task> getResourceType() {
        return Task.class;
    }

    @Read
    public Task readOnwardReferral(@IdParam IdType id) {
        OnwardReferralId onwardId = new OnwardReferralId(DomainCalls.uuid(id));
        OnwardReferral onward = DomainCalls.call(() -> referrals.onwardReferral(onwardId));
        if (onward.kind() != OnwardKind.REFERRAL || onward.status().isEmpty()) {
            String message = "Task " + id.getIdPart() + " was not found";
            throw new ResourceNotFoundException(message, Outcomes.error(IssueType.NOTFOUND, message, null));
        }
        audit.record("onward-referral.read", "onward-referral", onwardId.toString(), "FHIR Task read");
        return task(onward);
    }

    @Search
    public List<Task> findByReferral(@RequiredParam(name = Task.SP_BASED_ON) ReferenceParam basedOn) {
        String type = basedOn.getResourceType();
        UUID id;
        try {
            id = UUID.fromString(basedOn.getIdPart());
        } catch (IllegalArgumentException | NullPointerException e) {
            return List.of();
        }
        if (type != null && !type.equals("ServiceRequest")) {
            return List.of();
        }
        try {
            // Audited by module referrals as a read of the referral.
            return DomainCalls.call(() -> referrals.referral(new ReferralId(id), "FHIR Task search")).onwardReferrals()
                    .stream().filter(o -> o.kind() == OnwardKind.REFERRAL && o.status().isPresent())
                    .map(TaskProvider::task).toList();
        } catch (ResourceNotFoundException e) {
            // As for a reference to nothing: an empty result, which gives away no referral's existence.
            return List.of();
        }
    }

    static Task task(OnwardReferral onward) {
        Task task = new Task();
        task.setId(new IdType("Task", onward.id().toString(), String.valueOf(onward.version())));
        task.getMeta().setLastUpdated(Date.from(onward.updatedAt()));
        task.setStatus(Task.TaskStatus.fromCode(onward.status().orElseThrow().code()));
        task.setIntent(Task.TaskIntent.ORDER);
        task.addBasedOn(new Reference("ServiceRequest/" + onward.referralId()));
        task.setOwner(new Reference("Organization/" + onward.organisationId()).setDisplay(onward.organisationName()));
        task.addInput().setType(new CodeableConcept().setText("Community service"))
                .setValue(new Reference("HealthcareService/" + onward.serviceId()).setDisplay(onward.serviceName()));
        task.setAuthoredOn(Date.from(onward.createdAt()));
        task.setLastModified(Date.from(onward.updatedAt()));
        if (onward.note() != null && !onward.note().isBlank()) {
            task.addNote(new Annotation().setText(onward.note()));
        }
        List<OnwardReferralChange> history = onward.history();
        if (!history.isEmpty()) {
            Reason reason = history.getLast().reason();
            if (reason.isGiven() || reason.text() != null) {
                CodeableConcept statusReason = new CodeableConcept().setText(reason.text());
                reason.code().ifPresent(code -> statusReason.addCoding(new Coding(REASONS, code.code(), code.label())));
                task.setStatusReason(statusReason);
            }
        }
        return task;
    }
}
