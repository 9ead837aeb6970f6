package org.linkwork.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.linkwork.matching.Suggestion;
import org.linkwork.matching.Suggestions;
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
 *                       -> {"suggestions": [{"serviceId", "name", "score", "distanceKm", "reasons", "cautions"}]}
 * </pre>
 */
@JsonApi("/api/v1")
@Tag(name = "Suggestions", description = "Directory services that fit a described situation, with reasons")
class SuggestionsApiController {

    private final Suggestions suggestions;

    SuggestionsApiController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @Schema(description = "Suggestions, best first")
    record SuggestionsBody(List<SuggestionBody> suggestions) {
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

    @PostMapping(path = "/suggestions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Suggest directory services for a situation", description = """
            Give where the person is (a postcode, or a location as lat and lon: one of them), and as much as \
            is known: what matters to them in their own words, needs taxonomy codes, and constraints. Hard \
            constraints (age, wheelchair, stepFree, language, days, timesOfDay, maxDistanceKm, maxCostPounds) \
            are never broken; services whose listing says too little to tell are kept with a caution. \
            noTransport puts nearby services and those that come to the person first, and suggests community \
            transport alongside. Open to link workers, referrers and administrators.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = SuggestionRequestBody.class))))
    @ApiResponse(responseCode = "200", description = "Suggestions, best first (perhaps none)")
    @ApiResponse(responseCode = "422", description = "A field is not valid; errors name each one",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "400", description = "The body is not JSON",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    SuggestionsBody suggest(@RequestBody JsonNode body) {
        return new SuggestionsBody(suggestions.suggest(SuggestionRequestBody.read(body)).stream()
                .map(SuggestionBody::of).toList());
    }
}
