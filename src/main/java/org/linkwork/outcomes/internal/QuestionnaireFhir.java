package org.linkwork.outcomes.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * The FHIR R4 context, made once: making one scans every structure class and takes seconds. HAPI's own
 * cached R4 context is shared with anything else in the application that asks for it.
 */
final class QuestionnaireFhir {

    private QuestionnaireFhir() {
    }

    /** A new parser each time: HAPI parsers are cheap, and not meant to be shared between threads. */
    static IParser jsonParser() {
        return FhirContext.forR4Cached().newJsonParser();
    }
}
