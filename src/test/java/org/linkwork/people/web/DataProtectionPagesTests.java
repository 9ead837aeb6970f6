package org.linkwork.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.people.NhsNumber;
import org.linkwork.people.People;
import org.linkwork.people.PersonId;
import org.linkwork.people.TestPeople;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.TestOnwardReferrals;
import org.linkwork.referrals.TestReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The data protection pages and the subject access endpoint of the JSON API, as an administrator uses
 * them: exports as JSON and as a PDF read back with PDFBox, a refusal without its legal exception shown
 * as a problem on the form, and the retention dry run.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DataProtectionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Referrals referrals;

    @Autowired
    Directory directory;

    @Autowired
    People people;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestReferrals.signOut();
    }

    private record Referred(PersonId id, String nhsNumber, String serviceName) {
    }

    private Referred referred(String givenName) {
        String nhs = TestPeople.nhsNumber();
        TestOnwardReferrals onward = new TestOnwardReferrals(referrals, directory, users);
        OnwardReferral referral = onward.referOn(givenName, nhs, onward.providersService().id(), true);
        TestReferrals.signIn(users, "linkworker");
        PersonId id = referrals.referral(referral.referralId(), "test").referral().personId();
        people.read(id, "getting ready to call");
        TestReferrals.signOut();
        return new Referred(id, nhs, referral.serviceName());
    }

    @Test
    void theApiGivesAdministratorsTheWholeExportAndAsksForAReason() throws Exception {
        Referred person = referred("Leocadia");

        mvc.perform(get("/api/v1/people/{id}/subject-access", person.id()).param("reason", "SAR 2026-17")
                        .with(httpBasic("admin", "demo-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("linkwork-subject-access/1"))
                .andExpect(jsonPath("$.personId").value(person.id().toString()))
                .andExpect(jsonPath("$.sources[0].source").value("person"))
                .andExpect(jsonPath("$.sources[0].entries[0].fields[?(@.name == 'givenName')].value").value("Leocadia"))
                .andExpect(jsonPath("$.sources[2].source").value("referrals"));
        mvc.perform(get("/api/v1/people/{id}/subject-access", person.id()).with(httpBasic("admin", "demo-password")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get("/api/v1/people/{id}/subject-access", person.id()).param("reason", "curious")
                        .with(httpBasic("linkworker", "demo-password")))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePdfSaysInPlainEnglishWhoThePersonIsWhereTheyWereReferredAndWhoReadTheirRecord() throws Exception {
        Referred person = referred("Philippa");

        byte[] pdf = mvc.perform(post("/admin/data-protection/people/{id}/export", person.id())
                        .param("reason", "SAR 2026-18").param("format", "pdf")
                        .with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        String text = text(pdf);
        assertThat(text).contains("The information Linkwork holds about you", "Philippa", "NHS number",
                new NhsNumber(person.nhsNumber()).formatted(), person.serviceName(),
                "Who looked at or changed your record", "getting ready to call", "SAR 2026-18");
    }

    @Test
    void theJsonDownloadIsAnAttachment() throws Exception {
        Referred person = referred("Eudora");

        mvc.perform(post("/admin/data-protection/people/{id}/export", person.id())
                        .param("reason", "SAR 2026-19").param("format", "json")
                        .with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition"))
                        .startsWith("attachment").contains(person.id().toString()))
                .andExpect(jsonPath("$.reason").value("SAR 2026-19"));
    }

    @Test
    void aRefusalWithoutItsLegalExceptionIsShownAsAProblemOnTheForm() throws Exception {
        Referred person = referred("Ignatia");

        String page = mvc.perform(post("/admin/data-protection/people/{id}/requests", person.id())
                        .param("kind", "erasure").param("receivedOnDay", "2").param("receivedOnMonth", "11")
                        .param("receivedOnYear", "2026").param("decision", "refused")
                        .with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("nhsuk-error-summary", "Choose the legal exception the refusal relies on",
                "Say why the request was not carried out in full");
        TestReferrals.signIn(users, "linkworker");
        assertThat(people.read(person.id(), "check").name().given()).isEqualTo("Ignatia");
    }

    @Test
    void aRestrictionIsShownAsABannerAndLinkWorkersAreToldTheRecordIsRestricted() throws Exception {
        Referred person = referred("Hyacinth");

        mvc.perform(post("/admin/data-protection/people/{id}/requests", person.id())
                        .param("kind", "restriction").param("receivedOnDay", "2").param("receivedOnMonth", "11")
                        .param("receivedOnYear", "2026").param("decision", "carried-out")
                        .with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String adminPage = mvc.perform(get("/admin/data-protection/people/{id}", person.id())
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(adminPage).contains("Processing restricted", "Lift the restriction");
        String linkWorkerPage = mvc.perform(get("/people/{id}", person.id())
                        .with(user(users.loadUserByUsername("linkworker"))))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(linkWorkerPage).contains("Processing restricted").doesNotContain("Hyacinth");
    }

    @Test
    void theRetentionDryRunPageShowsWhatWouldGo() throws Exception {
        String page = mvc.perform(get("/admin/data-protection/retention").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("What the retention rules would let go of now", "nothing has been changed");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
