package org.linkwork.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkwork.people.TestPeople.birthDate;
import static org.linkwork.people.TestPeople.nhsNumber;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.linkwork.people.People;
import org.linkwork.people.Person;
import org.linkwork.people.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PeopleApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    private static String body(String given, String family, String birthDate, String nhsNumber, String postcode) {
        return """
                {"name": {"given": "%s", "family": "%s"}, "birthDate": "%s", "nhsNumber": "%s",
                 "address": {"postcode": "%s"}, "contact": {"mobile": "07700 900 982", "methods": ["TEXT"]},
                 "longTermConditions": ["FIBROMYALGIA"]}
                """.formatted(given, family, birthDate, nhsNumber, postcode);
    }

    @Test
    void aLinkWorkerRegistersAPersonAndReadsTheRecordGivingAReason() throws Exception {
        String nhs = nhsNumber();
        String response = mvc.perform(post("/api/v1/people").with(httpBasic("linkworker", "demo-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Ambrose", "Nettlebed", birthDate().toString(), nhs, "HX1 1UJ")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.existing").value(false))
                .andReturn().getResponse().getContentAsString();
        String id = response.replaceAll(".*\"personId\":\"([0-9a-f-]+)\".*", "$1");

        mvc.perform(get("/api/v1/people/{id}", id).param("reason", "caseload review")
                        .with(httpBasic("linkworker", "demo-password")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.name.family").value("Nettlebed"))
                .andExpect(jsonPath("$.nhsNumber").value(nhs))
                .andExpect(jsonPath("$.address.postcode").value("HX1 1UJ"))
                .andExpect(jsonPath("$.longTermConditions[0]").value("FIBROMYALGIA"));

        assertThat(jdbc.sql("select actor from audit_event where subject_id = :id and action = 'person.read' and reason = 'caseload review'")
                .param("id", id).query(String.class).list()).containsExactly("linkworker");
    }

    @Test
    void aReadWithoutAReasonIsRefused() throws Exception {
        PersonId id = people.register(org.linkwork.people.TestPeople.person("Bronwen", "Nettlebed", birthDate(), null, null))
                .personId();

        mvc.perform(get("/api/v1/people/{id}", id.value()).with(httpBasic("linkworker", "demo-password")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void invalidDetailsAreProblemsNamingEachField() throws Exception {
        mvc.perform(post("/api/v1/people").with(httpBasic("linkworker", "demo-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Cosmo", "Nettlebed", "2999-01-01", "9990000027", "LS1 4AP")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "birthDate", "nhsNumber", "postcode")));
    }

    @Test
    void aChangeFromAnOlderVersionIsRefusedWith412() throws Exception {
        PersonId id = people.register(org.linkwork.people.TestPeople.person("Dilys", "Nettlebed", birthDate(), null, null))
                .personId();
        Person read = people.read(id, "test");
        people.update(id, read.version(), read.details());

        mvc.perform(put("/api/v1/people/{id}", id.value()).with(httpBasic("linkworker", "demo-password"))
                        .header("If-Match", "\"" + read.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Dilys", "Nettlebed-Price", read.birthDate().toString(), "", "")))
                .andExpect(status().isPreconditionFailed());

        assertThat(people.read(id, "test").name().family()).isEqualTo("Nettlebed");
    }

    @Test
    void onlyLinkWorkersAndAdministratorsUseThePeopleApi() throws Exception {
        for (String user : new String[] {"commissioner", "provider", "referrer"}) {
            mvc.perform(get("/api/v1/people/duplicates").with(httpBasic(user, "demo-password")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/people/duplicates").with(httpBasic("admin", "demo-password")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/duplicates")).andExpect(status().isUnauthorized());
    }
}
