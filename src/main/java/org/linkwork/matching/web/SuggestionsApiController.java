package org.linkwork.matching.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.linkwork.matching.NearMiss;
import org.linkwork.matching.Suggestion;
import org.linkwork.matching.Suggestions;
import org.linkwork.matching.SuggestionsWithNearMisses;
import org.linkwork.matching.UnmetConstraint;
import org.linkwork.platform.web.JsonApi;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.databind.JsonNode;

/**
 * The suggestions JSON API. Its contract is kept stable, because other systems and the evaluation use it.
 *
 * <pre>
 * POST /api/v1/suggestions  {"postcode" | "location": {"lat", "lon"}, "whatMatters", "needs": [...],
 *                            "constraints": {...}, "limit"}
 *                       -> {"suggestions": [{"serviceId", "name", "score", "distanceKm", "reasons", "cautions"}],
 *                           "nearMisses": [{... as a suggestion, "breaks": {"constraint", "detail"},    (when few fit)
 *                                           "alsoBreaks": {"constraint", "detail"}}],            (only for two)
 *                           "unmet": [{"constraint", "relaxable", "otherwiseFitting", "message",       (when few fit)
 *                                      "alsoConstraint"}]}                                          (only for two)
 * </pre>
 */
@JsonApi("/api/v1")
@Tag(name = "Suggestions", description = "Directory services that fit a described situation, with reasons")
class SuggestionsApiController {

    private final Suggestions suggestions;

    SuggestionsApiController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Schema(description = "Suggestions, best first; when few fit, which constraints left services out and what would "
            + "fit without each")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SuggestionsBody(
            @JsonInclude(JsonInclude.Include.ALWAYS) List<SuggestionBody> suggestions,
            @Schema(description = """
                    Only when fewer than 3 suggestions fit (or fewer than the limit, when it is lower): services that \
                    would fit but for one relaxable constraint (days, timesOfDay, maxDistanceKm, maxCostPounds), grouped \
                    by constraint in the order of unmet, best first within each, at most 3 for each. When no service \
                    would fit but for one, those that would but for two together (with alsoBreaks), grouped by pair \
                    likewise. Never among the suggestions; never outside the age given, without step-free access when \
                    asked for, or in another language. Absent when not needed.""") List<NearMissBody> nearMisses,
            @Schema(description = """
                    Only with near misses: each constraint given that left out services fitting everything else, with \
                    how many; when no relaxable one did alone, also each pair of relaxable ones that did together \
                    (with alsoConstraint). stepFree and language are needs, so the services they left out are counted \
                    but never shown (relaxable false). Absent when not needed.""") List<UnmetBody> unmet) {

        static SuggestionsBody of(SuggestionsWithNearMisses found) {
            return new SuggestionsBody(found.suggestions().stream().map(SuggestionBody::of).toList(),
                    found.nearMisses().stream().map(NearMissBody::of).toList(),
                    found.unmet().stream().map(UnmetBody::of).toList());
        }
    }

    @Schema(description = "A service that fits")
    record SuggestionBody(
            @Schema(description = "The service's id in the directory and its Open Referral UK API") String serviceId,
            String name,
            @Schema(description = "0 to 1; higher fits better") double score,
            @Schema(description = "To its nearest venue; null when it has none or comes to the person") Double distanceKm,
            @Schema(description = "Why it fits, in plain English") List<String> reasons,
            @Schema(description = "What might not fit") List<String> cautions) {

        static SuggestionBody of(Suggestion s) {
            return new SuggestionBody(s.serviceId(), s.name(), s.score(), s.distanceKm(), s.reasons(), s.cautions());
        }
    }

    @Schema(description = """
            A service that would fit but for one constraint, or, when none would, but for two together: the fields of a \
            suggestion (its score as it would be suggested without what it breaks), and what it breaks""")
    record NearMissBody(
            @JsonUnwrapped SuggestionBody suggestion,
            BreaksBody breaks,
            @Schema(description = """
                    Only when no service would fit but for one constraint: the second constraint this one breaks, \
                    after breaks in the order timesOfDay, days, maxDistanceKm, maxCostPounds. It meets every other \
                    one given. Absent for a near miss that breaks one constraint.""")
            @JsonInclude(JsonInclude.Include.NON_NULL) BreaksBody alsoBreaks) {

        static NearMissBody of(NearMiss m) {
            return new NearMissBody(SuggestionBody.of(m.suggestion()), new BreaksBody(m.breaks().code(), m.detail()),
                    m.breaksTwo() ? new BreaksBody(m.alsoBreaks().code(), m.alsoDetail()) : null);
        }
    }

    @Schema(description = "A constraint a near miss breaks; it meets every other one given but the one in alsoBreaks")
    record BreaksBody(
            @Schema(description = "The constraint's field", allowableValues = {"days", "timesOfDay", "maxDistanceKm",
                    "maxCostPounds"}) String constraint,
            @Schema(description = "How, in plain English", example = "Runs Thursday afternoon - you said mornings")
            String detail) {
    }

    @Schema(description = """
            A constraint that left out services which fit everything else; or, with alsoConstraint, two relaxable \
            constraints that did only together""")
    record UnmetBody(
            @Schema(description = "The constraint's field (stepFree also for wheelchair)", allowableValues = {"days",
                    "timesOfDay", "maxDistanceKm", "maxCostPounds", "stepFree", "language"}) String constraint,
            @Schema(description = "Whether services it left out are shown as near misses; false for needs") boolean relaxable,
            @Schema(description = "How many services fit everything else but this (but both, with alsoConstraint)")
            int otherwiseFitting,
            @Schema(description = "In plain English", example = "2 services that fit everything else do not run in the morning")
            String message,
            @Schema(description = """
                    Only when no relaxable constraint left out services on its own: the second of two relaxable \
                    constraints that did together; their near misses break both. Absent for one constraint.""",
                    allowableValues = {"days", "timesOfDay", "maxDistanceKm", "maxCostPounds"})
            @JsonInclude(JsonInclude.Include.NON_NULL) String alsoConstraint) {

        static UnmetBody of(UnmetConstraint u) {
            return new UnmetBody(u.constraint().code(), u.constraint().relaxable(), u.otherwiseFitting(), u.message(),
                    u.together() ? u.alsoConstraint().code() : null);
        }
    }

    @PostMapping(path = "/suggestions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Suggest directory services for a situation", description = """
            Give where the person is (a postcode, or a location as lat and lon: one of them), and as much as \
            is known: what matters to them in their own words, needs taxonomy codes, and constraints. Hard \
            constraints (age, wheelchair, stepFree, language, days, timesOfDay, maxDistanceKm, maxCostPounds) \
            are never broken; services whose listing says too little to tell are kept with a caution. \
            noTransport puts nearby services and those that come to the person first, and suggests community \
            transport alongside. When fewer than 3 fit, unmet says which constraints left services out and \
            nearMisses what would fit without each of days, timesOfDay, maxDistanceKm and maxCostPounds alone; \
            when none would, what would without two of them together (alsoBreaks, alsoConstraint). \
            Open to link workers, referrers and administrators.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = SuggestionRequestBody.class))))
    @ApiResponse(responseCode = "200", description = "Suggestions, best first (perhaps none), and near misses when few fit")
    @ApiResponse(responseCode = "422", description = "A field is not valid; errors name each one",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "400", description = "The body is not JSON",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    SuggestionsBody suggest(@RequestBody JsonNode body) {
        return SuggestionsBody.of(suggestions.suggestWithNearMisses(SuggestionRequestBody.read(body)));
    }
}
