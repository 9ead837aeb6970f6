package org.linkwork.interop.web;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * Strict parsing, so that what is not FHIR is refused (400) rather than half read, but with messages
 * that name the element and never quote its value: a bad date of birth must not reach a log.
 */
class QuietStrictParsing extends StrictErrorHandler {

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        String element = location == null || location.getParentElementName() == null ? "an element"
                : "element " + location.getParentElementName();
        throw new DataFormatException("The value of " + element + " is not valid for its type");
    }
}
