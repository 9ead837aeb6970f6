package org.linkwork.directory.oruk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linkwork.platform.web.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing ORUK files into the directory over the JSON API (administrators only).
 */
@JsonApi("/api/v1/directory/imports")
@Tag(name = "Directory imports", description = "Import Open Referral UK 3.0 or 1.0 JSON into the directory")
class ImportController {

    static final String PATH = "/api/v1/directory/imports";

    private final ImportJobs jobs;

    ImportController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import ORUK JSON sent as the request body", description = """
            The body is ORUK 3.0 or 1.0 JSON: one service, a list of services, or a paged response whose \
            contents are services. Each service is written with its organisation, locations and taxonomy terms \
            in a transaction of its own, upserting by id; a service that cannot be imported is reported in \
            failures with its position (index in the list or page, from 0) and the reason, while the others are \
            imported. Files of up to 100 services are imported before the response: 201 with the completed \
            import. Larger ones go on in the background: 202 with the running import; follow its Location \
            until status is no longer running. A body that is not JSON, or JSON with no ORUK service in it, is \
            refused whole with 422 and nothing is written.""")
    @ApiResponse(responseCode = "201", description = "Imported; the body is the completed import")
    @ApiResponse(responseCode = "202", description = "Importing in the background; the body is the running import")
    @ApiResponse(responseCode = "422", description = "Not JSON, or not ORUK: refused with nothing written",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ImportJob> importBody(@RequestBody byte[] body,
            @Parameter(description = "A name for the import, shown in the list of imports")
            @RequestParam(name = "name", required = false) String name, Principal principal) {
        return started(jobs.start(name == null || name.isBlank() ? "request body" : name, body, principal.getName(),
                true, ImportJobs.Progress.NONE), "body");
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an uploaded ORUK JSON file (multipart field \"file\")",
            description = "As importing a request body; the file's name names the import.")
    @ApiResponse(responseCode = "201", description = "Imported; the body is the completed import")
    @ApiResponse(responseCode = "202", description = "Importing in the background; the body is the running import")
    @ApiResponse(responseCode = "422", description = "No file, not JSON, or not ORUK: refused with nothing written",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ImportJob> importFile(@RequestParam("file") MultipartFile file, Principal principal) {
        if (file.isEmpty()) {
            throw new ImportRefused(null, "file", "The file is empty");
        }
        try {
            String source = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "uploaded file" : file.getOriginalFilename();
            return started(jobs.start(source, file.getBytes(), principal.getName(), true, ImportJobs.Progress.NONE),
                    "file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import: its status (running, completed, refused or failed), counts, failures and warnings")
    @ApiResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ImportJob showImport(@PathVariable UUID id) {
        return jobs.job(id);
    }

    @GetMapping
    @Operation(summary = "The 50 most recent imports, newest first, without their failures")
    List<ImportJob> listImports() {
        return jobs.recent(50);
    }

    @ExceptionHandler(ImportRefused.class)
    ResponseEntity<ProblemDetail> refused(ImportRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("https://linkwork.org/problems/import-refused"));
        problem.setTitle("The file was not imported");
        problem.setProperty("errors", List.of(Map.of("field", e.field, "message", e.getMessage())));
        ResponseEntity.BodyBuilder response = ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e.importId != null) {
            problem.setProperty("importId", e.importId.toString());
            response.location(URI.create(PATH + "/" + e.importId));
        }
        return response.body(problem);
    }

    private static ResponseEntity<ImportJob> started(ImportJob job, String field) {
        if (ImportJob.REFUSED.equals(job.status())) {
            throw new ImportRefused(job.id(), field, job.reason());
        }
        URI location = URI.create(PATH + "/" + job.id());
        return job.isRunning() ? ResponseEntity.accepted().location(location).body(job)
                : ResponseEntity.created(location).body(job);
    }

    /** The whole file was refused: not JSON, not ORUK, or empty. */
    static class ImportRefused extends RuntimeException {

        final UUID importId;
        final String field;

        ImportRefused(UUID importId, String field, String reason) {
            super(reason);
            this.importId = importId;
            this.field = field;
        }
    }
}
