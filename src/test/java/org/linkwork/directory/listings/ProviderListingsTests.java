package org.linkwork.directory.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.linkwork.directory.TestListings.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.TestListings;
import org.linkwork.directory.demo.DemoDirectory;
import org.linkwork.directory.internal.VerificationDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;

@SpringBootTest
@AutoConfigureMockMvc
class ProviderListingsTests {

    static final String PROVIDER_ORG = DemoDirectory.PROVIDER_ORGANIZATION_ID;

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    VerificationDates verificationDates;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    TestListings listings;
    Location hall;

    @BeforeEach
    void setUp() {
        listings = new TestListings(directory);
        hall = listings.location("Test hall " + TestListings.id(), 53.7213, -1.8612);
    }

    private String otherOrganisationsService() {
        return directory.organizations(0, 200).stream().map(Organization::id).filter(id -> !id.equals(PROVIDER_ORG))
                .map(directory::servicesOf).filter(s -> !s.isEmpty()).findFirst().orElseThrow().getFirst().id();
    }

    private long audited(String action, String subjectId) {
        return jdbc.sql("select count(*) from audit_event where action = :action and subject_id = :id")
                .param("action", action).param("id", subjectId).query(Long.class).single();
    }

    /** A complete, valid form for a new service. */
    private static LinkedMultiValueMap<String, String> newServiceForm(String name) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("organisationId", PROVIDER_ORG);
        form.add("name", name);
        form.add("description", "A gentle stretch class for stiff joints, sitting or standing.");
        form.add("status", "active");
        form.add("newLocationName", "Test chapel");
        form.add("newAddress", "2 Chapel Street");
        form.add("newTown", "Halifax");
        form.add("newPostcode", "hx1 1uj");
        form.addAll("days", List.of("TU", "TH"));
        form.add("opensAt", "10am");
        form.add("closesAt", "11:30");
        form.add("cost", "paid");
        form.add("amount", "£3.50");
        form.add("amountDescription", "a session");
        form.add("minimumAge", "50");
        form.addAll("needs", List.of("chair-based-exercise", "pain-management"));
        form.addAll("accessibility", List.of("step-free", "hearing-loop"));
        form.add("eligibility", "older-people");
        form.add("phone", "01632 960123");
        form.add("email", "stretch@example.org");
        form.add("website", "www.example.org/stretch");
        return form;
    }

    private MockHttpServletRequestBuilder postNewService(String username, LinkedMultiValueMap<String, String> form) {
        return post("/provider/services/new").with(csrf()).with(signedInAs(accounts, username)).params(form);
    }

    @Test
    void showsTheProviderTheirOwnListingsWithHowFreshEachIs() throws Exception {
        mvc.perform(get("/provider").with(signedInAs(accounts, "provider")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Halifax Joint and Mobility Group")))
                .andExpect(content().string(containsString("Arthritis support group: joint pain and stiffness")))
                .andExpect(content().string(containsString("Up to date")))
                .andExpect(content().string(containsString("Due for a check")))
                .andExpect(content().string(containsString("May be out of date")))
                .andExpect(content().string(containsString("Confirm still correct")))
                .andExpect(content().string(not(containsString("Brighouse Sports Community Trust"))));
    }

    @Test
    void refusesAProviderTheListingsOfAnotherOrganisation() throws Exception {
        String theirs = otherOrganisationsService();
        Service before = directory.findService(theirs).orElseThrow();
        mvc.perform(get("/provider/services/{id}/edit", theirs).with(signedInAs(accounts, "provider")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/provider/services/{id}/edit", theirs).with(csrf()).with(signedInAs(accounts, "provider"))
                        .param("name", "Taken over").param("description", "x").param("status", "active"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/provider/services/{id}/confirm", theirs).with(csrf()).with(signedInAs(accounts, "provider")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/provider").param("organisation", before.organizationId()).with(signedInAs(accounts, "provider")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/provider/services/new").param("organisation", before.organizationId())
                        .with(signedInAs(accounts, "provider")))
                .andExpect(status().isForbidden());
        assertThat(directory.findService(theirs)).contains(before);
    }

    @Test
    void keepsOtherRolesAndAnonymousVisitorsOut() throws Exception {
        mvc.perform(get("/provider")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/provider").with(signedInAs(accounts, "linkworker"))).andExpect(status().isForbidden());
    }

    @Test
    void letsAnAdministratorChooseAnyOrganisationAndEditItsListings() throws Exception {
        String theirs = otherOrganisationsService();
        String organisation = directory.findService(theirs).orElseThrow().organizationId();
        mvc.perform(get("/provider").with(signedInAs(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose an organisation to act for")));
        mvc.perform(get("/provider").param("q", "Joint and Mobility").with(signedInAs(accounts, "admin")))
                .andExpect(content().string(containsString("/provider?organisation=" + PROVIDER_ORG)));
        mvc.perform(get("/provider").param("organisation", organisation).with(signedInAs(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(directory.findOrganization(organisation).orElseThrow().name())));
        mvc.perform(get("/provider/services/{id}/edit", theirs).with(signedInAs(accounts, "admin")))
                .andExpect(status().isOk());
    }

    @Test
    void addsAServiceAtANewAddressFoundByItsPostcodeAndAuditsIt() throws Exception {
        String name = "Stretch and natter " + TestListings.id();
        mvc.perform(postNewService("provider", newServiceForm(name)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/provider"));

        Service created = directory.servicesOf(PROVIDER_ORG).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
        ServiceDetail detail = directory.serviceDetail(created.id());
        assertThat(detail.locations()).singleElement().satisfies(l -> {
            assertThat(l.postcode()).contains("HX1 1UJ");
            assertThat(l.point()).isPresent();
        });
        assertThat(created.schedules()).singleElement().satisfies(s -> {
            assertThat(s.byday()).isEqualTo("TU,TH");
            assertThat(s.opensAt()).isEqualTo(LocalTime.of(10, 0));
            assertThat(s.closesAt()).isEqualTo(LocalTime.of(11, 30));
            assertThat(s.description()).isEqualTo("Tuesdays and Thursdays, 10am to 11:30am");
        });
        assertThat(created.costOptions()).singleElement()
                .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("3.50"));
        assertThat(created.minimumAge()).isEqualTo(50);
        assertThat(created.url()).isEqualTo("https://www.example.org/stretch");
        assertThat(detail.hasTerm("chair-based-exercise")).isTrue();
        assertThat(detail.hasTerm("hearing-loop")).isTrue();
        assertThat(detail.hasTerm("older-people")).isTrue();
        assertThat(created.serviceAreas()).extracting(a -> a.uri()).contains("linkwork:place:calderdale")
                .anyMatch(uri -> uri.startsWith("linkwork:ward:"));
        assertThat(audited("directory.service.create", created.id())).isEqualTo(1);
    }

    @Test
    void showsEachMistakeNextToItsFieldAndSavesNothing() throws Exception {
        int before = directory.servicesOf(PROVIDER_ORG).size();
        long locationsBefore = jdbc.sql("select count(*) from location").query(Long.class).single();
        LinkedMultiValueMap<String, String> form = newServiceForm(" ");
        form.set("description", "");
        form.set("opensAt", "25:99");
        form.set("closesAt", "9am");
        form.set("amount", "three pounds");
        form.set("minimumAge", "old");
        form.set("phone", "12");
        form.set("email", "not-an-email");
        form.set("newPostcode", "SW1A 1AA");
        form.remove("needs");
        mvc.perform(postNewService("provider", form))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Enter the name of the service")))
                .andExpect(content().string(containsString("id=\"description-error\"")))
                .andExpect(content().string(containsString("id=\"opensAt-error\"")))
                .andExpect(content().string(containsString("Enter a real start time")))
                .andExpect(content().string(containsString("id=\"amount-error\"")))
                .andExpect(content().string(containsString("id=\"minimumAge-error\"")))
                .andExpect(content().string(containsString("id=\"phone-error\"")))
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("id=\"newPostcode-error\"")))
                .andExpect(content().string(containsString("We could not find SW1A 1AA")))
                .andExpect(content().string(containsString("id=\"needs-error\"")))
                .andExpect(content().string(containsString("href=\"#newPostcode\"")))
                .andExpect(content().string(containsString("value=\"three pounds\"")));
        assertThat(directory.servicesOf(PROVIDER_ORG)).hasSize(before);
        assertThat(jdbc.sql("select count(*) from location").query(Long.class).single()).isEqualTo(locationsBefore);
    }

    @Test
    void refusesAnEndTimeBeforeTheStartTime() throws Exception {
        LinkedMultiValueMap<String, String> form = newServiceForm("Back to front " + TestListings.id());
        form.set("opensAt", "14:00");
        form.set("closesAt", "1pm");
        mvc.perform(postNewService("provider", form))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The end time must be after the start time")));
    }

    @Test
    void savingAnEditConfirmsTheListingAndKeepsWhatTheFormDoesNotShow() throws Exception {
        Service service = listings.service(PROVIDER_ORG, "Tuesday walk " + TestListings.id(), hall, "TU", LocalTime.of(10, 0));
        verificationDates.backdate(service.id(), Instant.now().minus(Duration.ofDays(300)));
        String page = mvc.perform(get("/provider/services/{id}/edit", service.id()).with(signedInAs(accounts, "provider")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"" + service.name() + "\"").contains("name=\"version\"")
                .containsPattern("for=\"days\">\\s*Monday\\s*</label>").contains("Tuesday</label>");
        int version = version(service.id());

        mvc.perform(post("/provider/services/{id}/edit", service.id()).with(csrf()).with(signedInAs(accounts, "provider"))
                        .param("version", String.valueOf(version))
                        .param("name", "Wednesday walk")
                        .param("description", "A longer walk")
                        .param("status", "active")
                        .param("locationIds", hall.id())
                        .param("days", "WE")
                        .param("opensAt", "10:00")
                        .param("closesAt", "11:00")
                        .param("cost", "free")
                        .param("needs", "walking")
                        .param("phone", "01632 960111"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/provider"));

        ServiceDetail saved = directory.serviceDetail(service.id());
        assertThat(saved.service().name()).isEqualTo("Wednesday walk");
        assertThat(saved.service().schedules()).singleElement().satisfies(s -> assertThat(s.byday()).isEqualTo("WE"));
        assertThat(saved.lastVerifiedAt()).isAfter(Instant.now().minus(Duration.ofDays(1)));
        assertThat(saved.service().languages()).isEqualTo(service.languages());
        assertThat(saved.service().serviceAreas()).isEqualTo(service.serviceAreas());
        assertThat(saved.service().contacts()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Test Contact");
            assertThat(c.phones()).singleElement().satisfies(p -> assertThat(p.number()).isEqualTo("01632 960111"));
        });
        assertThat(saved.service().taxonomyTermIds()).contains(listings.otherTaxonomyTerm())
                .doesNotContain(LinkworkTaxonomies.accessibilityId("step-free"));
        assertThat(audited("directory.service.update", service.id())).isEqualTo(1);
    }

    @Test
    void refusesAnEditMadeToAVersionSomeoneElseHasChangedSince() throws Exception {
        Service service = listings.service(PROVIDER_ORG, "Craft club " + TestListings.id(), hall, "MO", LocalTime.of(13, 0));
        int versionSeen = version(service.id());
        Service theirEdit = new Service(service.id(), service.organizationId(), "Craft club (changed by a colleague)",
                service.description(), service.url(), service.email(), service.status(), null, null, null, null, null,
                null, null, null, service.schedules(), service.serviceAreas(), service.serviceAtLocations(),
                service.languages(), service.funding(), service.costOptions(), service.contacts(), service.attributes());
        directory.saveService(theirEdit);

        mvc.perform(post("/provider/services/{id}/edit", service.id()).with(csrf()).with(signedInAs(accounts, "provider"))
                        .param("version", String.valueOf(versionSeen))
                        .param("name", "Craft club (my change)")
                        .param("description", "Mine")
                        .param("status", "active")
                        .param("locationIds", hall.id())
                        .param("cost", "free")
                        .param("needs", "arts-creativity"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this listing while you were editing it")))
                .andExpect(content().string(containsString("Open the latest version of this listing")));

        assertThat(directory.findService(service.id())).get().extracting(Service::name)
                .isEqualTo("Craft club (changed by a colleague)");
        assertThat(audited("directory.service.update", service.id())).isZero();
    }

    @Test
    void confirmingAListingStillCorrectUpdatesWhenItWasLastVerified() throws Exception {
        Service service = listings.service(PROVIDER_ORG, "Old listing " + TestListings.id(), hall, "FR", LocalTime.of(10, 0));
        verificationDates.backdate(service.id(), Instant.now().minus(Duration.ofDays(400)));
        assertThat(directory.serviceDetail(service.id()).lastVerifiedAt()).isBefore(Instant.now().minus(Duration.ofDays(365)));

        mvc.perform(post("/provider/services/{id}/confirm", service.id()).with(csrf()).with(signedInAs(accounts, "provider")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/provider"));

        assertThat(directory.serviceDetail(service.id()).lastVerifiedAt()).isAfter(Instant.now().minus(Duration.ofDays(1)));
        assertThat(audited("directory.service.confirm", service.id())).isEqualTo(1);
        mvc.perform(post("/provider/services/{id}/confirm", service.id()).with(signedInAs(accounts, "provider")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorAddsAServiceForTheOrganisationTheyChose() throws Exception {
        Organization organisation = listings.organisation("Chosen by an administrator " + TestListings.id(), null);
        mvc.perform(get("/provider/services/new").param("organisation", organisation.id()).with(signedInAs(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(organisation.name())));
        LinkedMultiValueMap<String, String> form = newServiceForm("Added by admin");
        form.set("organisationId", organisation.id());
        mvc.perform(postNewService("admin", form))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/provider?organisation=" + organisation.id()));
        assertThat(directory.servicesOf(organisation.id())).extracting(Service::name).containsExactly("Added by admin");
    }

    private int version(String serviceId) {
        return jdbc.sql("select version from service where id = :id").param("id", serviceId).query(Integer.class).single();
    }
}
