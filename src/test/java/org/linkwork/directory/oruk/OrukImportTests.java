package org.linkwork.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class OrukImportTests {

    static final String IMPORTS = "/api/v1/directory/imports";
    static final String EXAMPLE_SERVICE = "ac148810-d857-441c-9679-408f346de14b";
    static final List<String> DIRECTORY_TABLES = List.of("organization", "location", "service", "service_at_location",
            "taxonomy", "taxonomy_term", "service_attribute");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportOrukTask task;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportJobStore store;

    @TempDir
    Path temp;

    @Test
    void importsTheFullServiceExampleAndServesItBackValid() throws Exception {
        String job = body(importJson(OrukSchemas.exampleBytes("service_full.json"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith(IMPORTS + "/")))
                .andExpect(jsonPath("$.status").value("completed"))
                .andExpect(jsonPath("$.format").value("ORUK 3.0"))
                .andExpect(jsonPath("$.counts.total").value(1))
                .andExpect(jsonPath("$.counts.read").value(1))
                .andExpect(jsonPath("$.counts.imported").value(1))
                .andExpect(jsonPath("$.counts.failed").value(0))
                .andExpect(jsonPath("$.warnings[*].reason", hasItem(containsString("not a position on Earth")))));
        assertThat(JsonPath.<List<Object>>read(job, "$.failures")).isEmpty();

        String served = body(mvc.perform(get("/oruk/v3/services/{id}", EXAMPLE_SERVICE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Community Counselling"))
                .andExpect(jsonPath("$.minimum_age").value(12))
                .andExpect(jsonPath("$.organization.name").value("Example Organization Inc."))
                .andExpect(jsonPath("$.organization.organization_identifiers[0].identifier").value("1234567"))
                .andExpect(jsonPath("$.service_at_locations[0].id").value("e94c9f38-1e8f-4564-91d4-d53501ab1765"))
                .andExpect(jsonPath("$.service_at_locations[0].location.name").value("MyCity Civic Center"))
                .andExpect(jsonPath("$.service_at_locations[0].location.addresses[0].address_1").value("1-30 Main Street"))
                .andExpect(jsonPath("$.schedules[0].byday").value("TH,FR"))
                .andExpect(jsonPath("$.schedules[0].opens_at").value("10:00:00"))
                .andExpect(jsonPath("$.cost_options[0].amount").value(35))
                .andExpect(jsonPath("$.contacts[0].name").value("Ann Persona"))
                .andExpect(jsonPath("$.attributes[0].taxonomy_term.id").value("3f7b145d-84af-42d7-8fae-eaca714b02b2"))
                .andExpect(jsonPath("$.attributes[0].taxonomy_term.taxonomy").value("taxonomy")));
        OrukSchemas.assertValid(served, "compiled/service.json");
    }

    @Test
    void importsTheListPageOrganisationAndServiceAtLocationExamples() throws Exception {
        for (String example : List.of("service_list.json", "organization_full.json", "service_at_location_full.json",
                "service_at_location_list.json")) {
            importJson(OrukSchemas.exampleBytes(example))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("completed"))
                    .andExpect(jsonPath("$.counts.imported").value(1))
                    .andExpect(jsonPath("$.counts.failed").value(0));
        }
        String served = body(mvc.perform(get("/oruk/v3/services/{id}", EXAMPLE_SERVICE)).andExpect(status().isOk()));
        OrukSchemas.assertValid(served, "compiled/service.json");
        String listed = body(mvc.perform(get("/oruk/v3/services").param("search", "Community Counselling")));
        OrukSchemas.assertValidPage(listed, "compiled/service_list.json");
    }

    @Test
    void importsTheGoodRecordsOfAListAndReportsEachBadOneByPosition() throws Exception {
        String good = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString();
        String list = "[" + service(good, UUID.randomUUID().toString(), "Lunch club", "active") + ","
                + service(bad, UUID.randomUUID().toString(), "Broken club", "open").replace("\"name\": \"Broken club\"",
                        "\"name\": \"Broken club\", \"email\": \"not an email\"")
                + ", {\"colour\": \"blue\"}]";
        String job = body(importJson(list.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.counts.read").value(3))
                .andExpect(jsonPath("$.counts.imported").value(1))
                .andExpect(jsonPath("$.counts.failed").value(2))
                .andExpect(jsonPath("$.failures[0].position").value(1))
                .andExpect(jsonPath("$.failures[0].pointer").value("/1"))
                .andExpect(jsonPath("$.failures[0].id").value(bad))
                .andExpect(jsonPath("$.failures[0].fields[*].field", hasItem("status")))
                .andExpect(jsonPath("$.failures[0].fields[*].field", hasItem("email")))
                .andExpect(jsonPath("$.failures[1].position").value(2))
                .andExpect(jsonPath("$.failures[1].reason", containsString("not an ORUK service"))));
        assertThat(count("service where id = '" + good + "'")).isEqualTo(1);
        assertThat(count("service where id = '" + bad + "'")).isZero();

        String id = JsonPath.read(job, "$.id");
        mvc.perform(get(IMPORTS + "/{id}", id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("completed"))
                .andExpect(jsonPath("$.failures[0].position").value(1));
    }

    @Test
    void refusesWhatIsNotJsonOrNotOrukWholeAndWritesNothing() throws Exception {
        Map<String, Long> before = directoryCounts();
        for (String body : List.of("this is not json", "{\"hello\": \"world\"}", "[1, 2, 3]", "[]",
                "{\"id\": \"x\", \"name\": \"x\", \"status\": \"active\"} trailing")) {
            String problem = body(importJson(body.getBytes(StandardCharsets.UTF_8))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(422))
                    .andExpect(jsonPath("$.errors[0].field").value("body")));
            mvc.perform(get(IMPORTS + "/{id}", (String) JsonPath.read(problem, "$.importId")).with(admin()))
                    .andExpect(jsonPath("$.status").value("refused"))
                    .andExpect(jsonPath("$.reason").isNotEmpty());
        }
        mvc.perform(multipart(IMPORTS).file(new MockMultipartFile("file", "notes.txt", "text/plain",
                        "Dear admin, here are our services".getBytes(StandardCharsets.UTF_8))).with(admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail", containsString("not JSON")));
        assertThat(directoryCounts()).isEqualTo(before);
    }

    @Test
    void importsOrukOnePointZeroMappedToTheThreePointZeroRecords() throws Exception {
        byte[] file = new ClassPathResource("org/linkwork/directory/oruk/oruk1-services.json").getContentAsByteArray();
        importJson(file)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("ORUK 1.0"))
                .andExpect(jsonPath("$.counts.imported").value(2))
                .andExpect(jsonPath("$.counts.failed").value(0));

        String shed = body(mvc.perform(get("/oruk/v3/services/{id}", "5d1c5a0e-7a51-4c3e-9d6a-2f0c8f6b1a01"))
                .andExpect(jsonPath("$.name").value("Men's Shed at Sowerby Bridge"))
                .andExpect(jsonPath("$.minimum_age").value(18))
                .andExpect(jsonPath("$.maximum_age").value(99))
                .andExpect(jsonPath("$.organization.website").value("https://sowerbybridgeshed.example.org.uk"))
                .andExpect(jsonPath("$.organization.organization_identifiers[0].identifier_scheme").value("GB-CHC"))
                .andExpect(jsonPath("$.organization.organization_identifiers[0].identifier").value("1177001"))
                .andExpect(jsonPath("$.schedules[0].byday").value("TU"))
                .andExpect(jsonPath("$.schedules[0].freq").value("WEEKLY"))
                .andExpect(jsonPath("$.schedules[0].opens_at").value("10:00:00"))
                .andExpect(jsonPath("$.schedules[0].attending_type").value("Venue"))
                .andExpect(jsonPath("$.schedules[1].byday").value("TH"))
                .andExpect(jsonPath("$.schedules[1].closes_at").value("16:00:00"))
                .andExpect(jsonPath("$.service_at_locations[0].location.addresses[0].postal_code").value("HX6 2AF"))
                .andExpect(jsonPath("$.service_at_locations[0].location.accessibility[0].description")
                        .value("Step-free entrance and an accessible toilet"))
                .andExpect(jsonPath("$.contacts[0].phones[0].number").value("01422 831000"))
                .andExpect(jsonPath("$.cost_options[0].amount").value(2))
                .andExpect(jsonPath("$.funding[0].source").value("National Lottery Community Fund"))
                .andExpect(jsonPath("$.languages[0].name").value("English"))
                .andExpect(jsonPath("$.service_areas[0].name").value("Sowerby Bridge"))
                .andExpect(jsonPath("$.attributes[*].taxonomy_term.name", hasItem("Practical skills")))
                .andExpect(jsonPath("$.attributes[*].taxonomy_term.taxonomy", hasItem("Linkwork sample needs")))
                .andExpect(jsonPath("$.attributes[1].taxonomy_term.parent_id").value("7f3e2d1c-0001-4b5a-9c8d-7e6f5a4b3c01")));
        OrukSchemas.assertValid(shed, "compiled/service.json");

        String carers = body(mvc.perform(get("/oruk/v3/services/{id}", "5d1c5a0e-7a51-4c3e-9d6a-2f0c8f6b1a02"))
                .andExpect(jsonPath("$.service_at_locations[0].location.name").value("Elland Library"))
                .andExpect(jsonPath("$.schedules[0].freq").value("MONTHLY"))
                .andExpect(jsonPath("$.schedules[0].byday").value("1WE")));
        OrukSchemas.assertValid(carers, "compiled/service.json");
        mvc.perform(get("/oruk/v3/taxonomy_terms").param("vocabulary", "Linkwork sample needs").param("top_only", "true"))
                .andExpect(jsonPath("$.total_items").value(2));
    }

    @Test
    void upsertsByIdSoThatImportingAgainUpdatesRatherThanDuplicates() throws Exception {
        String serviceId = UUID.randomUUID().toString();
        String organizationId = UUID.randomUUID().toString();
        String first = "[" + service(serviceId, organizationId, "Knit and natter", "active") + "]";
        Map<String, Long> before = directoryCounts();
        importJson(first.getBytes(StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.counts.imported").value(1));
        Map<String, Long> afterFirst = directoryCounts();
        assertThat(afterFirst.get("service")).isEqualTo(before.get("service") + 1);

        String second = first.replace("Knit and natter", "Knit, natter and crochet");
        importJson(second.getBytes(StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.counts.read").value(1))
                .andExpect(jsonPath("$.counts.imported").value(1))
                .andExpect(jsonPath("$.counts.failed").value(0));
        assertThat(directoryCounts()).isEqualTo(afterFirst);
        mvc.perform(get("/oruk/v3/services/{id}", serviceId))
                .andExpect(jsonPath("$.name").value("Knit, natter and crochet"))
                .andExpect(jsonPath("$.service_at_locations.length()").value(1));
    }

    @Test
    void acceptsAnUploadedFile() throws Exception {
        String serviceId = UUID.randomUUID().toString();
        byte[] file = ("[" + service(serviceId, UUID.randomUUID().toString(), "Singing for the brain", "active") + "]")
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart(IMPORTS).file(new MockMultipartFile("file", "singing.json", "application/json", file))
                        .with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("singing.json"))
                .andExpect(jsonPath("$.counts.imported").value(1));
    }

    @Test
    void importsALargeFileInTheBackgroundAndReportsItsProgress() throws Exception {
        String organizationId = UUID.randomUUID().toString();
        List<String> services = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            services.add(service(UUID.randomUUID().toString(), organizationId, "Bulk service " + i, "active"));
        }
        String job = body(importJson(("[" + String.join(",", services) + "]").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith(IMPORTS + "/")))
                .andExpect(jsonPath("$.status").value("running"))
                .andExpect(jsonPath("$.counts.total").value(101)));
        String location = IMPORTS + "/" + JsonPath.read(job, "$.id");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String now = body(mvc.perform(get(location).with(admin())).andExpect(status().isOk()));
            return !"running".equals(JsonPath.read(now, "$.status"));
        });
        mvc.perform(get(location).with(admin()))
                .andExpect(jsonPath("$.status").value("completed"))
                .andExpect(jsonPath("$.counts.read").value(101))
                .andExpect(jsonPath("$.counts.imported").value(101));
        assertThat(count("service where organization_id = '" + organizationId + "'")).isEqualTo(101);
    }

    @Test
    void recordsEachImportInTheAuditLog() throws Exception {
        String job = body(importJson(("[" + service(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                "Audited club", "active") + "]").getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("select actor from audit_event where action = 'directory.import' and subject_id = :id")
                .param("id", JsonPath.read(job, "$.id")).query(String.class).list()).containsExactly("admin");
    }

    @Test
    void letsOnlyAdministratorsImport() throws Exception {
        byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
        mvc.perform(post(IMPORTS).contentType(MediaType.APPLICATION_JSON).content(body).with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(IMPORTS)).andExpect(status().isUnauthorized());
        mvc.perform(post(IMPORTS).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("linkworker", "demo-password")))
                .andExpect(status().isForbidden());
        mvc.perform(get(IMPORTS).with(httpBasic("linkworker", "demo-password")))
                .andExpect(status().isForbidden());
        mvc.perform(get(IMPORTS + "/{id}", UUID.randomUUID()).with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void commandLineExitCodesSayHowTheImportWent() throws IOException {
        Path good = write("good.json", "[" + service(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                "Chair yoga", "active") + "]");
        Path partly = write("partly.json", "[" + service(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                "Table tennis", "active") + "," + service(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                "Broken", "maybe") + "]");
        Path notJson = write("notes.txt", "Our services are: walking, knitting");
        Path notOruk = write("other.json", "{\"type\": \"FeatureCollection\", \"features\": []}");

        assertThat(task.run(List.of(good.toString()))).isZero();
        assertThat(task.run(List.of(partly.toString()))).isEqualTo(3);
        assertThat(task.run(List.of(notJson.toString()))).isEqualTo(1);
        assertThat(task.run(List.of(notOruk.toString()))).isEqualTo(1);
        assertThat(task.run(List.of())).isEqualTo(2);
        assertThat(task.run(List.of(good.toString(), partly.toString()))).isEqualTo(2);
        assertThat(task.run(List.of(temp.resolve("missing.json").toString()))).isEqualTo(2);
    }

    @Test
    void commandLinePrintsProgressAndEachFailure() throws IOException {
        Path partly = write("partly.json", "[" + service(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                "Bowls", "active") + "," + service("bad-one", UUID.randomUUID().toString(), "Broken", "maybe") + "]");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ImportOrukTask(jobs, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(partly.toString()));
        assertThat(exit).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("2 of 2 services processed: 1 imported, 1 failed")
                .contains("Completed (ORUK 3.0): 2 read, 1 imported, 1 failed");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("failed, service 1 (id bad-one): status:");
    }

    @Test
    void adminPageUploadsAFileAndShowsTheImport() throws Exception {
        mvc.perform(get("/admin/imports").with(adminPage()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import directory data")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("data-module=\"nhsuk-file-upload\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));

        String serviceId = UUID.randomUUID().toString();
        byte[] file = ("[" + service(serviceId, UUID.randomUUID().toString(), "Gardening group", "active") + "]")
                .getBytes(StandardCharsets.UTF_8);
        String location = mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile("file", "gardening.json", "application/json", file))
                        .with(adminPage()).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/imports/");
        mvc.perform(get(location).with(adminPage()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("gardening.json")))
                .andExpect(content().string(containsString("Completed")))
                .andExpect(content().string(not(containsString("hx-trigger"))));
        mvc.perform(get("/admin/imports").with(adminPage()))
                .andExpect(content().string(containsString("gardening.json")));
    }

    @Test
    void adminPageShowsWhyAFileWasNotImportedNextToTheField() throws Exception {
        mvc.perform(multipart("/admin/imports").with(adminPage()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nhsuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#file\"")))
                .andExpect(content().string(containsString("Select an ORUK JSON file")))
                .andExpect(content().string(containsString("nhsuk-form-group--error")));
        mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "not json".getBytes(StandardCharsets.UTF_8)))
                        .with(adminPage()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is not JSON")))
                .andExpect(content().string(containsString("id=\"file-error\"")));
        mvc.perform(get("/admin/imports").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("linkworker").roles("LINKWORKER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void progressPanelPollsWhileAnImportRunsAndStopsWhenItIsOver() throws Exception {
        UUID running = UUID.randomUUID();
        store.start(running, "big.json", "ORUK 3.0", 400, "admin");
        store.progress(running, 150, 149, 1);
        mvc.perform(get("/admin/imports/{id}/progress", running).with(adminPage()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-trigger=\"every 2s\"")))
                .andExpect(content().string(containsString("hx-get=\"/admin/imports/" + running + "/progress\"")))
                .andExpect(content().string(containsString("150 of 400 services processed")))
                .andExpect(content().string(not(containsString("<html"))));
        store.finish(running, ImportJob.COMPLETED, null, 400, 399, 1);
        mvc.perform(get("/admin/imports/{id}/progress", running).with(adminPage()))
                .andExpect(content().string(not(containsString("hx-trigger"))))
                .andExpect(content().string(containsString("Completed with failures")));
    }

    @Test
    void documentsTheImportApiInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/directory/imports'].post.responses['202'].description")
                        .value(containsString("background")))
                .andExpect(jsonPath("$.paths['/api/v1/directory/imports'].post.responses['422']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/directory/imports/{id}'].get").exists());
    }

    @Test
    void marksImportsInterruptedByAStopAsFailed() {
        UUID interrupted = UUID.randomUUID();
        UUID live = UUID.randomUUID();
        store.start(interrupted, "stopped.json", "ORUK 3.0", 300, "admin");
        store.start(live, "live.json", "ORUK 3.0", 300, "admin");
        jdbc.sql("update directory_import set updated_at = now() - interval '1 hour' where id = :id")
                .param("id", interrupted).update();

        jobs.abandonInterruptedImports();

        assertThat(jobs.job(interrupted).status()).isEqualTo(ImportJob.FAILED);
        assertThat(jobs.job(interrupted).reason()).contains("interrupted");
        assertThat(jobs.job(live).status()).isEqualTo(ImportJob.RUNNING);
    }

    private ResultActions importJson(byte[] body) throws Exception {
        return mvc.perform(post(IMPORTS).contentType(MediaType.APPLICATION_JSON).content(body).with(admin()));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "demo-password");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor adminPage() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user("admin").roles("ADMIN");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }

    /** A small ORUK 3.0 service with its organisation and one location. */
    private static String service(String id, String organizationId, String name, String status) {
        return """
                {"id": "%s", "name": "%s", "status": "%s", "description": "Meets weekly",
                 "organization": {"id": "%s", "name": "Friends of %s", "description": "A community group"},
                 "service_at_locations": [{"id": "%s", "location": {"id": "%s", "location_type": "physical",
                     "name": "Community centre", "latitude": 53.72, "longitude": -1.86,
                     "addresses": [{"address_1": "1 High Street", "city": "Halifax", "postal_code": "HX1 1AA"}]}}],
                 "schedules": [{"freq": "WEEKLY", "byday": "MO", "opens_at": "10:00:00", "closes_at": "12:00:00"}]}
                """.formatted(id, name, status, organizationId, name, UUID.nameUUIDFromBytes((id + "sal").getBytes()),
                UUID.nameUUIDFromBytes((id + "loc").getBytes()));
    }

    private Map<String, Long> directoryCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        DIRECTORY_TABLES.forEach(table -> counts.put(table, count(table)));
        return counts;
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
