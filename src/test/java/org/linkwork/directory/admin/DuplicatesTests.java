package org.linkwork.directory.admin;

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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Location;
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

@SpringBootTest
@AutoConfigureMockMvc
class DuplicatesTests {

    @Autowired
    DuplicateDetector detector;

    @Autowired
    Directory directory;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    private static Set<String> pair(String a, String b) {
        return Set.of(a, b);
    }

    private Set<Set<String>> organisationPairs() {
        return detector.organisations().stream().map(p -> pair(p.first().id(), p.second().id())).collect(Collectors.toSet());
    }

    private Set<Set<String>> servicePairs() {
        return detector.services().stream().map(p -> pair(p.first().id(), p.second().id())).collect(Collectors.toSet());
    }

    private static String charityNumber() {
        return String.valueOf(2_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
    }

    private long audited(String action, String subjectId) {
        return jdbc.sql("select count(*) from audit_event where action = :action and subject_id = :id")
                .param("action", action).param("id", subjectId).query(Long.class).single();
    }

    @Test
    void findsTheDuplicatesPlantedInTheDemoDirectoryAndNoOthers() throws Exception {
        assertThat(organisationPairs()).contains(
                Set.copyOf(DemoDirectory.SAME_CHARITY_ORGANIZATION_IDS), Set.copyOf(DemoDirectory.SAME_COMPANY_ORGANIZATION_IDS));
        assertThat(detector.organisations()).filteredOn(p -> DemoDirectory.SAME_CHARITY_ORGANIZATION_IDS.contains(p.first().id()))
                .singleElement().satisfies(p -> assertThat(p.reasons()).containsExactly("Same charity number: 1290502"));

        Set<String> demoServices = directory.organizations(0, 1000).stream().map(Organization::id)
                .filter(id -> id.length() == 36).flatMap(id -> directory.servicesOf(id).stream())
                .map(Service::id).filter(id -> jdbc.sql("select count(*) from service where id = :id and description like '%(Fictional demo listing.)'")
                        .param("id", id).query(Long.class).single() == 1)
                .collect(Collectors.toSet());
        assertThat(servicePairs().stream().filter(demoServices::containsAll))
                .containsExactlyInAnyOrder(Set.copyOf(DemoDirectory.ALIKE_SERVICE_IDS_NEARBY),
                        Set.copyOf(DemoDirectory.ALIKE_SERVICE_IDS_SAME_PLACE));
        assertThat(detector.services()).filteredOn(p -> DemoDirectory.ALIKE_SERVICE_IDS_NEARBY.contains(p.first().id()))
                .singleElement().satisfies(p -> assertThat(p.reasons()).anySatisfy(r -> assertThat(r).contains("metres apart"))
                        .anySatisfy(r -> assertThat(r).startsWith("Both on Tuesday: ").contains("10am to 11am")
                                .contains("10:30am to 11:30am")));

        mvc.perform(get("/admin/duplicates").with(signedInAs(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ovenden Good Neighbours Scheme")))
                .andExpect(content().string(containsString("Walking Football (Over 50s)")))
                .andExpect(content().string(containsString("Which one do you want to keep?")));
    }

    @Test
    void dismissingAPairRemembersItAndAuditsIt() throws Exception {
        TestListings listings = new TestListings(directory);
        String number = charityNumber();
        Organization a = listings.organisation("Dismiss test A", number);
        Organization b = listings.organisation("Dismiss test B", number);
        assertThat(organisationPairs()).contains(pair(a.id(), b.id()));

        mvc.perform(post("/admin/duplicates/organisations").with(csrf()).with(signedInAs(accounts, "admin"))
                        .param("first", a.id()).param("second", b.id()).param("decision", "dismiss"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/duplicates"));

        assertThat(organisationPairs()).doesNotContain(pair(a.id(), b.id()));
        String key = a.id().compareTo(b.id()) < 0 ? a.id() + "|" + b.id() : b.id() + "|" + a.id();
        assertThat(audited("directory.duplicate.dismiss", key)).isEqualTo(1);
    }

    @Test
    void mergingOrganisationsMovesTheOthersServicesToTheOneKeptAndAuditsIt() throws Exception {
        TestListings listings = new TestListings(directory);
        String number = charityNumber();
        Organization kept = listings.organisation("Merge test kept", number);
        Organization other = listings.organisation("Merge test other", number);
        Location hall = listings.location("Merge hall", 53.70, -1.80);
        Service moving = listings.service(other.id(), "Quilting bee " + TestListings.id(), hall, "TU", LocalTime.of(10, 0));

        mvc.perform(post("/admin/duplicates/organisations").with(csrf()).with(signedInAs(accounts, "admin"))
                        .param("first", kept.id()).param("second", other.id()).param("decision", "merge"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose which one to keep")));
        assertThat(directory.findService(moving.id())).get().extracting(Service::organizationId).isEqualTo(other.id());

        mvc.perform(post("/admin/duplicates/organisations").with(csrf()).with(signedInAs(accounts, "admin"))
                        .param("first", kept.id()).param("second", other.id()).param("decision", "merge")
                        .param("keep", kept.id()))
                .andExpect(status().is3xxRedirection());

        assertThat(directory.findService(moving.id())).get().extracting(Service::organizationId).isEqualTo(kept.id());
        assertThat(directory.servicesOf(other.id())).isEmpty();
        assertThat(organisationPairs()).doesNotContain(pair(kept.id(), other.id()));
        assertThat(audited("directory.duplicate.merge", other.id())).isEqualTo(1);
    }

    @Test
    void mergingServicesMarksTheOtherClosedForGoodAndAuditsIt() throws Exception {
        TestListings listings = new TestListings(directory);
        Organization organisation = listings.organisation("Bellringers " + TestListings.id(), null);
        Location tower = listings.location("Tower", 53.6501, -1.7001);
        Location vestry = listings.location("Vestry", 53.6510, -1.7010);
        String word = "Campanology" + ThreadLocalRandom.current().nextInt(1000, 9999);
        Service kept = listings.service(organisation.id(), word + " practice", tower, "TH", LocalTime.of(19, 0));
        Service other = listings.service(organisation.id(), word + " practice (Thursdays)", vestry, "TH",
                LocalTime.of(19, 30));
        Service elsewhere = listings.service(organisation.id(), word + " practice", listings.location("Far", 53.75, -2.0),
                "TH", LocalTime.of(19, 0));
        Service otherDay = listings.service(organisation.id(), word + " practice", tower, "SA", LocalTime.of(19, 0));
        assertThat(servicePairs()).contains(pair(kept.id(), other.id()))
                .doesNotContain(pair(kept.id(), elsewhere.id()), pair(kept.id(), otherDay.id()));

        mvc.perform(post("/admin/duplicates/services").with(csrf()).with(signedInAs(accounts, "admin"))
                        .param("first", kept.id()).param("second", other.id()).param("decision", "merge")
                        .param("keep", kept.id()))
                .andExpect(status().is3xxRedirection());

        assertThat(directory.findService(other.id())).get().extracting(Service::status).isEqualTo("defunct");
        assertThat(directory.findService(kept.id())).get().extracting(Service::status).isEqualTo("active");
        assertThat(servicePairs()).doesNotContain(pair(kept.id(), other.id()));
        assertThat(audited("directory.duplicate.merge", other.id())).isEqualTo(1);
    }

    @Test
    void refusesToMergeWhatIsNotAPossibleDuplicate() throws Exception {
        TestListings listings = new TestListings(directory);
        Organization a = listings.organisation("Unrelated A", charityNumber());
        Organization b = listings.organisation("Unrelated B", charityNumber());
        mvc.perform(post("/admin/duplicates/organisations").with(csrf()).with(signedInAs(accounts, "admin"))
                        .param("first", a.id()).param("second", b.id()).param("decision", "merge").param("keep", a.id()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from directory_duplicate_decision where first_id in (:ids)")
                .param("ids", List.of(a.id(), b.id())).query(Long.class).single()).isZero();
    }
}
