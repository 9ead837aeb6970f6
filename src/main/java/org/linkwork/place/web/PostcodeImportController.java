package org.linkwork.place.web;

import java.io.IOException;
import java.io.InputStream;
import org.linkwork.place.PostcodeDirectory;
import org.linkwork.place.PostcodeImportResult;
import org.linkwork.platform.web.JsonApi;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a postcode file sent by an administrator: uploaded as a form's {@code file}, or as the
 * request body itself ({@code text/csv}), which is streamed and so has no size limit.
 */
@JsonApi("/api/v1/places/postcode-imports")
class PostcodeImportController {

    private final PostcodeDirectory postcodes;

    PostcodeImportController(PostcodeDirectory postcodes) {
        this.postcodes = postcodes;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PostcodeImportResult importUploadedPostcodeFile(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream csv = file.getInputStream()) {
            return postcodes.importCsv(csv, PostcodeDirectory.Progress.SILENT);
        }
    }

    @PostMapping(consumes = "text/csv")
    PostcodeImportResult importPostcodeFile(InputStream csv) {
        return postcodes.importCsv(csv, PostcodeDirectory.Progress.SILENT);
    }
}
