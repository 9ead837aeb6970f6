package org.linkwork.directory.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.linkwork.directory.TestListings.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Service;
import org.linkwork.directory.TestListings;
import org.linkwork.directory.demo.DemoDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class ProblemReportTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    Service providersService;

    @BeforeEach
    void setUp() {
        TestListings listings = new TestListings(directory);
        providersService = listings.service(DemoDirectory.PROVIDER_ORGANIZATION_ID, "Reported group " + TestListings.id(),
                listings.location("Report hall", 53.72, -1.86), "WE", LocalTime.of(14, 0));
    }

    /** Each test reports from an address of its own, so the limit of one does not reach another. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        return "192.0.2." + ADDRESSES.getAndIncrement();
    }

    private MockHttpServletRequestBuilder report(String serviceId, String address) {
        return post("/services/{id}/report-a-problem", serviceId).with(csrf()).with(from(address))
                .param("kind", "wrong_details")
                .param("description", "The group now meets on Thursdays, not Wednesdays.")
                .param("email", "someone@example.org");
    }

    private long reportsAbout(String serviceId) {
        return jdbc.sql("select count(*) from directory_problem_report where service_id = :id").param("id", serviceId)
                .query(Long.class).single();
    }

    private UUID onlyReportAbout(String serviceId) {
        return jdbc.sql("select id from directory_problem_report where service_id = :id").param("id", serviceId)
                .query(UUID.class).single();
    }

    @Test
    void anyoneCanReportAProblemWhichReachesTheProviderAndAdministrators() throws Exception {
        mvc.perform(get("/services/{id}/report-a-problem", providersService.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Report a problem with this listing")))
                .andExpect(content().string(containsString("<legend")));
        mvc.perform(report(providersService.id(), newAddress()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/services/" + providersService.id() + "/report-a-problem/sent"));
        mvc.perform(get("/services/{id}/report-a-problem/sent", providersService.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What happens next")))
                .andExpect(content().string(containsString("usually within 10 working days")));

        assertThat(reportsAbout(providersService.id())).isEqualTo(1);
        UUID report = onlyReportAbout(providersService.id());
        mvc.perform(get("/provider").with(signedInAs(accounts, "provider")))
                .andExpect(content().string(containsString("Problems reported by the public")))
                .andExpect(content().string(containsString("/provider/reports/" + report)));
        mvc.perform(get("/admin/reports").with(signedInAs(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(providersService.name())))
                .andExpect(content().string(containsString("/admin/reports/" + report)));
    }

    @Test
    void asksForWhatIsWrongAndADescriptionNextToTheFieldsAndStoresNothing() throws Exception {
        mvc.perform(post("/services/{id}/report-a-problem", providersService.id()).with(csrf()).with(from(newAddress()))
                        .param("description", "   ")
                        .param("email", "not an email"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("id=\"kind-error\"")))
                .andExpect(content().string(containsString("id=\"description-error\"")))
                .andExpect(content().string(containsString("Describe the problem")))
                .andExpect(content().string(containsString("id=\"email-error\"")));
        mvc.perform(report(providersService.id(), newAddress()).param("description", "x".repeat(1501)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("1,500 characters or fewer")));
        assertThat(reportsAbout(providersService.id())).isZero();
    }

    @Test
    void thanksARobotThatFillsInTheHiddenFieldButKeepsNothing() throws Exception {
        mvc.perform(report(providersService.id(), newAddress()).param("website", "http://spam.example"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/services/" + providersService.id() + "/report-a-problem/sent"));
        assertThat(reportsAbout(providersService.id())).isZero();
    }

    @Test
    void acceptsOnlyAFewReportsAnHourFromOneAddress() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(report(providersService.id(), address)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(report(providersService.id(), address))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("You have sent a lot of reports in a short time")));
        mvc.perform(report(providersService.id(), newAddress())).andExpect(status().is3xxRedirection());
        assertThat(reportsAbout(providersService.id())).isEqualTo(6);
    }

    @Test
    void theProviderResolvesAReportWithANoteAndItIsAudited() throws Exception {
        mvc.perform(report(providersService.id(), newAddress()));
        UUID report = onlyReportAbout(providersService.id());

        mvc.perform(get("/provider/reports/{id}", report).with(signedInAs(accounts, "provider")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The group now meets on Thursdays")));
        mvc.perform(post("/provider/reports/{id}", report).with(csrf()).with(signedInAs(accounts, "provider")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"outcome-error\"")))
                .andExpect(content().string(containsString("id=\"note-error\"")));
        mvc.perform(post("/provider/reports/{id}", report).with(csrf()).with(signedInAs(accounts, "provider"))
                        .param("outcome", "resolved").param("note", "Changed the day to Thursday."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/provider"));

        assertThat(jdbc.sql("select status || ':' || resolved_by || ':' || resolution_note from directory_problem_report where id = :id")
                .param("id", report).query(String.class).single())
                .isEqualTo("resolved:provider:Changed the day to Thursday.");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'directory.report.resolved' and subject_id = :id")
                .param("id", report.toString()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/provider").with(signedInAs(accounts, "provider")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/provider/reports/" + report))));
    }

    @Test
    void anAdministratorDismissesAReport() throws Exception {
        mvc.perform(report(providersService.id(), newAddress()));
        UUID report = onlyReportAbout(providersService.id());
        mvc.perform(post("/admin/reports/{id}", report).with(csrf()).with(signedInAs(accounts, "admin"))
                        .param("outcome", "dismissed").param("note", "Checked with the group: Wednesday is right."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/reports"));
        assertThat(jdbc.sql("select status from directory_problem_report where id = :id").param("id", report)
                .query(String.class).single()).isEqualTo("dismissed");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'directory.report.dismissed' and subject_id = :id")
                .param("id", report.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aProviderCannotSeeReportsAboutAnotherOrganisation() throws Exception {
        TestListings listings = new TestListings(directory);
        Organization other = listings.organisation("Someone else " + TestListings.id(), null);
        Service theirs = listings.service(other.id(), "Their group", listings.location("Their hall", 53.72, -1.86), "TU",
                LocalTime.of(10, 0));
        mvc.perform(report(theirs.id(), newAddress()));
        UUID report = onlyReportAbout(theirs.id());
        mvc.perform(get("/provider/reports/{id}", report).with(signedInAs(accounts, "provider")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/provider/reports/{id}", report).with(csrf()).with(signedInAs(accounts, "provider"))
                        .param("outcome", "dismissed").param("note", "Not mine"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from directory_problem_report where id = :id").param("id", report)
                .query(String.class).single()).isEqualTo("open");
    }

    @Test
    void saysSoWhenTheListingDoesNotExist() throws Exception {
        mvc.perform(get("/services/{id}/report-a-problem", "no-such-service")).andExpect(status().isNotFound());
    }
}
