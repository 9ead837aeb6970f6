package org.linkwork.outcomes;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored questionnaire definition as listed.
 *
 * @param id         Linkwork's id of the stored definition
 * @param status     the FHIR publication status: draft, active, retired or unknown
 * @param method     how it is scored: sum, mean or each
 * @param itemCount  the questions (items that take an answer)
 * @param importedBy who imported it ("system" for the definitions Linkwork ships)
 */
public record QuestionnaireSummary(UUID id, QuestionnaireRef ref, String name, String title, String status,
        String method, int itemCount, Instant importedAt, String importedBy) {
}
