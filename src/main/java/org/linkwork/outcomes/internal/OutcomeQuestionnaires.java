package org.linkwork.outcomes.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.linkwork.outcomes.Answer;
import org.linkwork.outcomes.QuestionnaireRef;
import org.linkwork.outcomes.QuestionnaireSummary;
import org.linkwork.outcomes.Questionnaires;
import org.linkwork.outcomes.Scores;
import org.linkwork.platform.NotFound;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The stored definitions, and scoring by them. */
@Service
public class OutcomeQuestionnaires implements Questionnaires {

    private final QuestionnaireDefinitions definitions;
    private final JsonMapper json;
    // Stored definitions never change, so what was read from one holds for as long as the application runs.
    private final Map<UUID, Definition> read = new ConcurrentHashMap<>();

    OutcomeQuestionnaires(QuestionnaireDefinitions definitions, JsonMapper json) {
        this.definitions = definitions;
        this.json = json;
    }

    /** A stored definition as read, with its JSON, for the administrators' page. */
    public record Shown(QuestionnaireDefinitions.Stored stored, Definition definition) {
    }

    @Override
    public List<QuestionnaireSummary> all() {
        return definitions.all();
    }

    @Override
    public Scores score(QuestionnaireRef ref, Map<String, Answer> answers) {
        QuestionnaireDefinitions.Stored stored = definitions.find(ref)
                .orElseThrow(() -> new NotFound("Questionnaire", ref));
        return Scoring.score(definition(stored), answers);
    }

    public Shown show(UUID id) {
        QuestionnaireDefinitions.Stored stored = definitions.find(id).orElseThrow(() -> new NotFound("Questionnaire", id));
        return new Shown(stored, definition(stored));
    }

    private Definition definition(QuestionnaireDefinitions.Stored stored) {
        return read.computeIfAbsent(stored.summary().id(), id -> {
            DefinitionReader.Read again = DefinitionReader.read(stored.resource().getBytes(StandardCharsets.UTF_8), json)
                    .getFirst();
            if (!again.valid()) {
                throw new IllegalStateException("Stored questionnaire " + stored.summary().ref()
                        + " no longer reads: " + again.problems());
            }
            return again.definition();
        });
    }
}
