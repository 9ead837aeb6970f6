package org.linkwork.people;

import java.util.Optional;
import org.linkwork.platform.Coded;

/**
 * The legal exceptions a refusal (or partial refusal) of a data protection request may rely on: those of
 * UK GDPR Article 17(3) for erasure, and the restrictions under Article 23 that the Data Protection Act
 * 2018 (Schedules 2 and 3) sets out for the other rights.
 */
public enum LegalException implements Coded {
    FREEDOM_OF_EXPRESSION("freedom-of-expression",
            "for exercising the right of freedom of expression and information (Art. 17(3)(a))"),
    LEGAL_OBLIGATION("legal-obligation",
            "to comply with a legal obligation, or for a task in the public interest or in official authority (Art. 17(3)(b))"),
    PUBLIC_HEALTH("public-health",
            "necessary for reasons of public interest in the area of public health (Art. 17(3)(c))"),
    ARCHIVING_RESEARCH_STATISTICS("archiving-research-statistics",
            "for archiving in the public interest, scientific or historical research, or statistics (Art. 17(3)(d))"),
    LEGAL_CLAIMS("legal-claims",
            "for the establishment, exercise or defence of legal claims (Art. 17(3)(e))"),
    CRIME_PREVENTION("crime-prevention",
            "for the prevention or detection of crime (Art. 23(1)(d); DPA 2018 Sch. 2 para. 2)"),
    RIGHTS_OF_OTHERS("rights-of-others",
            "the information would identify another person who has not agreed (Art. 23(1)(i); DPA 2018 Sch. 2 para. 16)"),
    SERIOUS_HARM("serious-harm",
            "health information likely to cause serious harm to the person or another (Art. 23(1)(i); DPA 2018 Sch. 3 para. 5)");

    private final String code;
    private final String label;

    LegalException(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<LegalException> fromCode(String code) {
        return Coded.find(LegalException.class, code);
    }
}
