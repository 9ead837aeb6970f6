package org.linkwork.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.platform.Coded;

/**
 * A request a person made under UK GDPR about their record, and what was decided.
 *
 * @param legalException the exception relied on when the request was refused or partly refused
 * @param justification  why, in words; required unless carried out
 * @param liftedAt       for a restriction (or an upheld objection): when it was lifted, if it was
 */
public record DataProtectionRequest(UUID id, PersonId personId, Kind kind, LocalDate receivedOn, Decision decision,
        Optional<LegalException> legalException, String justification, String decidedBy, Instant decidedAt,
        Optional<Instant> liftedAt, Optional<String> liftedBy) {

    public enum Kind implements Coded {
        ERASURE("erasure", "Erasure (Art. 17)"),
        RESTRICTION("restriction", "Restriction of processing (Art. 18)"),
        RECTIFICATION("rectification", "Rectification (Art. 16)"),
        OBJECTION("objection", "Objection to processing (Art. 21)");

        private final String code;
        private final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public static Optional<Kind> fromCode(String code) {
            return Coded.find(Kind.class, code);
        }
    }

    public enum Decision implements Coded {
        CARRIED_OUT("carried-out", "Carried out"),
        REFUSED("refused", "Refused"),
        PARTLY("partly", "Partly carried out");

        private final String code;
        private final String label;

        Decision(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public static Optional<Decision> fromCode(String code) {
            return Coded.find(Decision.class, code);
        }
    }

    /**
     * What an administrator records: the request and the decision on it.
     *
     * @param legalException required when refused or partly carried out, refused otherwise
     * @param justification  required when refused or partly carried out
     */
    public record Decided(Kind kind, LocalDate receivedOn, Decision decision, Optional<LegalException> legalException,
            String justification) {

        public Decided {
            legalException = legalException == null ? Optional.empty() : legalException;
        }
    }
}
