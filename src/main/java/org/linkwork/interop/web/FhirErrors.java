package org.linkwork.interop.web;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the FHIR server does with its own failures: an unexpected one answers 500 with an
 * OperationOutcome that says nothing of its cause, which is logged by class and place only (a message
 * may quote what was sent about a person).
 */
@Component
@Interceptor
class FhirErrors {

    private static final Logger log = LoggerFactory.getLogger(FhirErrors.class);

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException hideUnexpectedFailures(Throwable failure) {
        if (failure instanceof BaseServerResponseException known && known.getStatusCode() < 500) {
            return known;
        }
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        StackTraceElement where = cause.getStackTrace().length == 0 ? null : cause.getStackTrace()[0];
        log.error("FHIR request failed unexpectedly: {} at {}", cause.getClass().getName(), where);
        OperationOutcome outcome = Outcomes.error(IssueType.EXCEPTION,
                "Something went wrong on the server. Nothing was saved; try again later.", null);
        return new InternalErrorException("Unexpected failure", outcome);
    }
}
