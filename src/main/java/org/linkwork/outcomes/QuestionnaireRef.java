package org.linkwork.outcomes;

import java.util.Objects;

/**
 * Which questionnaire definition: its canonical url and version, as FHIR identifies one. A definition
 * never changes once stored, so a reference always means the same questions and scoring.
 */
public record QuestionnaireRef(String url, String version) {

    public QuestionnaireRef {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(version, "version");
    }

    /** FHIR's canonical form, {@code url|version}. */
    @Override
    public String toString() {
        return url + "|" + version;
    }
}
