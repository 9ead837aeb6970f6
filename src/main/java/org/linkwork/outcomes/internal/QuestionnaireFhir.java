package org.linkwork.outcomes.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;

/**
 * Parsers on HAPI's cached R4 context, which the whole application shares (module interop's FHIR server
 * too): making a context scans every structure class and takes seconds.
 */
final class QuestionnaireFhir {

    private QuestionnaireFhir() {
    }

    /**
     * A new parser each time: HAPI parsers are cheap, and not meant to be shared between threads. Lenient, as a
     * context's parsers are by default, not strict as the FHIR server sets the shared context; a reader that
     * wants each problem named sets its own handler, as {@link DefinitionReader} does.
     */
    static IParser jsonParser() {
        return FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new LenientErrorHandler());
    }
}
