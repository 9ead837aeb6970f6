package org.linkwork.interop.web;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Linkwork's FHIR R4 server (HAPI FHIR): the capability statement at {@code /fhir/metadata}, referral
 * bundles at {@code POST /fhir}, and the closed loop as ServiceRequest and Task reads. JSON unless the
 * caller asks for XML.
 *
 * <p>A body is read whole before HAPI sees it (its size is already bounded by platform's request
 * limits), and one nested deeper than any FHIR document needs is refused unparsed, as the JSON API's
 * parser refuses one; so is one that escapes a control character into a string.
 */
@Component
class FhirServer extends RestfulServer {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final int maxNesting;

    FhirServer(FhirContext fhir, ServiceRequestProvider serviceRequests, TaskProvider tasks,
            ReferralBundleProvider bundles, FhirErrors errors,
            @Value("${linkwork.http.max-json-nesting:64}") int maxNesting) {
        super(fhir);
        this.maxNesting = maxNesting;
        setServerName("Linkwork");
        setImplementationDescription("Linkwork social prescribing: referrals to the link-worker service and their closed loop");
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setResourceProviders(List.of(serviceRequests, tasks));
        registerProvider(bundles);
        registerInterceptor(errors);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!WITH_BODY.contains(request.getMethod())) {
            super.service(request, response);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (IOException tooLarge) {
            // A body sent without a length is cut off at the limit by platform's request limits.
            refuse(response, 413, IssueType.TOOLONG, "The request body is larger than this address takes");
            return;
        }
        if (Nesting.depth(body) > maxNesting) {
            refuse(response, 400, IssueType.TOOCOSTLY, "The request body is nested more than " + maxNesting
                    + " levels deep");
            return;
        }
        if (ControlCharacters.escapedIn(body)) {
            refuse(response, 400, IssueType.INVALID, "Text in the request holds a control character (such as NUL), "
                    + "which FHIR strings may not");
            return;
        }
        super.service(new ReadBody(request, body), response);
    }

    private void refuse(HttpServletResponse response, int status, IssueType type, String diagnostics)
            throws IOException {
        OperationOutcome outcome = Outcomes.error(type, diagnostics, null);
        response.setStatus(status);
        response.setContentType("application/fhir+json;charset=UTF-8");
        response.getOutputStream().write(getFhirContext().newJsonParser().encodeResourceToString(outcome)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has been read already");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
