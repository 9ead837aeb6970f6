package org.linkwork.interop.web;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import java.util.UUID;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.linkwork.platform.NotFound;
import org.linkwork.referrals.ReferralChangedConcurrently;
import org.springframework.security.access.AccessDeniedException;

/**
 * The other modules' exceptions as FHIR answers: not found (also what a caller may not know exists) 404,
 * refused 403, changed by someone else 409, each with an OperationOutcome.
 */
final class DomainCalls {

    private DomainCalls() {
    }

    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (NotFound e) {
            throw new ResourceNotFoundException(e.getMessage(), Outcomes.error(IssueType.NOTFOUND, e.getMessage(), null));
        } catch (AccessDeniedException e) {
            throw new ForbiddenOperationException(e.getMessage(), Outcomes.error(IssueType.FORBIDDEN, e.getMessage(), null));
        } catch (ReferralChangedConcurrently e) {
            throw new ResourceVersionConflictException(e.getMessage(),
                    Outcomes.error(IssueType.CONFLICT, e.getMessage(), null));
        }
    }

    /** The UUID a resource id stands for; anything else names no resource of ours. */
    static UUID uuid(IdType id) {
        try {
            return UUID.fromString(id.getIdPart());
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = id.getResourceType() + " " + id.getIdPart() + " was not found";
            throw new ResourceNotFoundException(message, Outcomes.error(IssueType.NOTFOUND, message, null));
        }
    }
}
