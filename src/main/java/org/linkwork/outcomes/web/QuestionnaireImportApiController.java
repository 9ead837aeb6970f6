package org.linkwork.outcomes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linkwork.outcomes.internal.QuestionnaireImports;
import org.linkwork.outcomes.internal.QuestionnaireImports.Result;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.platform.web.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators import questionnaire definitions: one FHIR R4 Questionnaire, or a Bundle of them.
 *
 * <pre>
 * POST /api/v1/outcomes/questionnaires  (application/json or application/fhir+json)
 *   -> 200 {"imported", "unchanged", "refused", "definitions": [{"position", "url", "version", "result", "id", "errors"}]}
 *   -> 422 problem+json with "errors" naming each element, when no definition was imported or already there
 *   -> 400 problem+json when the body is not JSON
 * </pre>
 */
@JsonApi("/api/v1/outcomes")
@Tag(name = "Outcomes", description = "Questionnaire definitions: validated measures and how they are scored")
class QuestionnaireImportApiController {

    static final String FHIR_JSON = "application/fhir+json";

    private final QuestionnaireImports imports;

    QuestionnaireImportApiController(QuestionnaireImports imports) {
        this.imports = imports;
    }

    @Schema(description = "What became of each definition of the body")
    record ImportBody(long imported, long unchanged, long refused, List<DefinitionBody> definitions) {
    }

    @Schema(description = "One definition")
    record DefinitionBody(@Schema(description = "Its place in the body, from 0") int position, String url,
            String version, @Schema(description = "imported, unchanged (already stored with this content) or refused")
            String result, @Schema(description = "Linkwork's id of the stored definition") UUID id,
            List<Map<String, String>> errors) {
    }

    @PostMapping(path = "/questionnaires", consumes = {MediaType.APPLICATION_JSON_VALUE, FHIR_JSON})
    @Operation(summary = "Import questionnaire definitions", description = """
            A FHIR R4 Questionnaire, or a Bundle of them, each with Linkwork's scoring rule (the extension \
            https://linkwork.org/fhir/StructureDefinition/questionnaire-scoring; see docs/outcomes.md). Each \
            definition is imported whole or not at all. A url and version already stored with the same content \
            is left as it is; with different content it is refused: a changed definition needs a new version. \
            Administrators only.""")
    @ApiResponse(responseCode = "200", description = "At least one definition was imported or was already there; "
            + "any refused are listed with their errors")
    @ApiResponse(responseCode = "422", description = "Nothing was imported: not a Questionnaire or Bundle, or every "
            + "definition refused; errors name each element",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "400", description = "The body is not JSON",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> importQuestionnaires(@RequestBody byte[] body,
            @RequestParam(name = "source", required = false) String source, Principal principal) {
        QuestionnaireImports.Report report;
        try {
            report = imports.importFile(source == null || source.isBlank() ? "API upload" : source, body,
                    principal.getName());
        } catch (QuestionnaireImports.FileRefused refused) {
            if (refused.field() == null) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
                problem.setTitle("Unreadable request");
                return problem(problem);
            }
            return problem(invalid(List.of(new FieldProblem(refused.field(), refused.getMessage())), null));
        }
        List<DefinitionBody> definitions = report.definitions().stream().map(d -> new DefinitionBody(d.position(),
                d.ref() == null ? null : d.ref().url(), d.ref() == null ? null : d.ref().version(), d.result().code(),
                d.id(), errors(d.problems()))).toList();
        if (report.count(Result.REFUSED) == definitions.size()) {
            return problem(invalid(report.problems(), definitions));
        }
        return ResponseEntity.ok(new ImportBody(report.count(Result.IMPORTED), report.count(Result.UNCHANGED),
                report.count(Result.REFUSED), definitions));
    }

    private static ProblemDetail invalid(List<FieldProblem> problems, List<DefinitionBody> definitions) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setType(java.net.URI.create("https://linkwork.org/problems/invalid-input"));
        problem.setTitle("Nothing was imported");
        problem.setDetail(problems.isEmpty() ? "Nothing was imported" : problems.getFirst().field() + ": "
                + problems.getFirst().message());
        problem.setProperty("errors", errors(problems));
        if (definitions != null) {
            problem.setProperty("definitions", definitions);
        }
        return problem;
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static List<Map<String, String>> errors(List<FieldProblem> problems) {
        return problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList();
    }
}
