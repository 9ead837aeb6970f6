package org.linkwork.directory.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Contact;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Language;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class FindSupportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    /** A made-up word only this test's listings use, so demo data never gets in the way. */
    String word;
    String organizationId;

    @BeforeEach
    void anOrganisationWithAWordOfItsOwn() {
        Random random = new Random();
        StringBuilder w = new StringBuilder("zib");
        for (int i = 0; i < 7; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        word = w.toString();
        organizationId = id();
        directory.saveOrganization(new Organization(organizationId, "Calder Friends " + word, null, null,
                "https://calderfriends.example.org", null, null, null, List.of()));
    }

    @Test
    void showsResultsWithWhereWhenCostAndAccessibility() throws Exception {
        String id = save("Tuesday " + word + " walk", "A gentle walk around the park for people with joint pain.",
                "TU", List.of(LinkworkTaxonomies.needId("walking"), LinkworkTaxonomies.accessibilityId("step-free")),
                BigDecimal.ZERO);

        mvc.perform(get("/find-support").param("q", word).param("where", "HX1 1UJ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 service found")))
                .andExpect(content().string(containsString("href=\"/services/" + id + "\"")))
                .andExpect(content().string(containsString("Tuesday " + word + " walk")))
                .andExpect(content().string(containsString("Run by Calder Friends " + word)))
                .andExpect(content().string(containsString("km away")))
                .andExpect(content().string(containsString("Tuesdays 10am to 11am")))
                .andExpect(content().string(containsString("<dd>Free</dd>")))
                .andExpect(content().string(containsString("Step-free access")))
                .andExpect(content().string(containsString("Distances are from <strong>HX1 1UJ</strong>")));
    }

    @Test
    void reportsTheIndexSearchTimeInServerTiming() throws Exception {
        mvc.perform(get("/find-support").param("q", "walk"))
                .andExpect(status().isOk())
                .andExpect(header().string("Server-Timing",
                        org.hamcrest.Matchers.matchesPattern("lucene;dur=\\d+\\.\\d{3};desc=\"index search\"")));
    }

    @Test
    void appliesTheFiltersChosenAndKeepsThemTicked() throws Exception {
        String free = save("Free " + word + " club", null, "WE",
                List.of(LinkworkTaxonomies.needId("chair-based-exercise"), LinkworkTaxonomies.accessibilityId("hearing-loop")),
                BigDecimal.ZERO);
        String paid = save("Paid " + word + " club", null, "WE",
                List.of(LinkworkTaxonomies.needId("walking")), new BigDecimal("4"));

        String page = mvc.perform(get("/find-support").param("q", word).param("need", "msk-friendly-exercise")
                        .param("day", "wednesday").param("free", "yes").param("access", "hearing-loop"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/services/" + free).doesNotContain("/services/" + paid);
        assertThat(page).contains("<details class=\"nhsuk-details\" open");
        assertThat(page).containsPattern("id=\"need-msk-friendly-exercise\"[^>]*checked");
        assertThat(page).containsPattern("id=\"day-wednesday\"[^>]*checked");
        assertThat(page).containsPattern("id=\"free\"[^>]*checked");
        assertThat(page).containsPattern("id=\"access-hearing-loop\"[^>]*checked");
        assertThat(page).containsPattern("id=\"count-need-chair-based-exercise\"[^>]*>\\(1<span");

        String needOnly = mvc.perform(get("/find-support").param("q", word).param("need", "msk-friendly-exercise"))
                .andReturn().getResponse().getContentAsString();
        assertThat(needOnly).contains("1 service found").doesNotContain("/services/" + paid);
        assertThat(needOnly).as("ticking walking as well would add the paid club, and its count says so")
                .containsPattern("id=\"count-need-walking\"[^>]*>\\(1<span");
    }

    @Test
    void answersHtmxWithTheResultsAndTheCountsAlone() throws Exception {
        String id = save(word + " choir", "Sing together.", "MO", List.of(LinkworkTaxonomies.needId("arts-creativity")),
                BigDecimal.ZERO);

        mvc.perform(get("/find-support").param("q", word).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(containsString("/services/" + id)))
                .andExpect(content().string(containsString("id=\"count-need-arts-creativity\" hx-swap-oob=\"innerHTML\"")))
                .andExpect(content().string(containsString("id=\"result-status\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("nhsuk-header"))))
                .andExpect(content().string(not(containsString("id=\"find-support-form\""))));
    }

    @Test
    void showsABadPostcodeNextToItsFieldAndInTheErrorSummary() throws Exception {
        String page = mvc.perform(get("/find-support").param("q", "walk").param("where", "HX1 ZZZZ9"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is a problem").contains("href=\"#where\"");
        assertThat(page).containsPattern(Pattern.compile(
                "nhsuk-form-group--error\">\\s*<label[^>]*for=\"where\".*?id=\"where-error\".*?Enter a real postcode",
                Pattern.DOTALL));
        assertThat(page).contains("aria-describedby=\"where-hint where-error\"").contains("nhsuk-input--error");
        assertThat(page).doesNotContain("services found");
    }

    @Test
    void saysWhenAPostcodeIsOutsideTheAreaCovered() throws Exception {
        mvc.perform(get("/find-support").param("where", "SW1A 1AA"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"where-error\"")))
                .andExpect(content().string(containsString("We could not find SW1A 1AA")));
    }

    @Test
    void acceptsATownInsteadOfAPostcode() throws Exception {
        save(word + " todmorden group", null, "FR", List.of(), BigDecimal.ZERO);

        mvc.perform(get("/find-support").param("q", word).param("where", "todmorden").param("within", "20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Distances are from <strong>Todmorden</strong>")))
                .andExpect(content().string(not(containsString("id=\"where-error\""))));
    }

    @Test
    void showsAnAgeThatIsNotANumberNextToItsField() throws Exception {
        mvc.perform(get("/find-support").param("age", "sixty"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#age\"")))
                .andExpect(content().string(containsString("id=\"age-error\"")))
                .andExpect(content().string(containsString("Enter age as a number, like 67")));
    }

    @Test
    void swapsTheWholePageToShowOrClearErrorsOfAnHtmxSearch() throws Exception {
        mvc.perform(get("/find-support").param("where", "not a place at all").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "#maincontent"))
                .andExpect(header().string("HX-Reselect", "#maincontent"))
                .andExpect(content().string(containsString("id=\"where-error\"")))
                .andExpect(content().string(containsString("or a town, like Todmorden")))
                .andExpect(content().string(containsString("hx-headers=\"{&quot;Linkwork-Errors-Shown&quot;: &quot;true&quot;}\"")));

        mvc.perform(get("/find-support").param("where", "Todmorden").header("HX-Request", "true")
                        .header("Linkwork-Errors-Shown", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "#maincontent"))
                .andExpect(content().string(not(containsString("id=\"where-error\""))))
                .andExpect(content().string(not(containsString("hx-headers"))));
    }

    @Test
    void suggestsWhatToTryWhenNothingMatches() throws Exception {
        mvc.perform(get("/find-support").param("q", word + "nothing"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 services found")))
                .andExpect(content().string(containsString("No services match your search.")))
                .andExpect(content().string(containsString("clear all filters")));
    }

    @Test
    void pagesThroughManyResults() throws Exception {
        for (int i = 0; i < 12; i++) {
            save(word + " group " + i, null, "SA", List.of(), BigDecimal.ZERO);
        }

        mvc.perform(get("/find-support").param("q", word).param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("12 services found")))
                .andExpect(content().string(containsString("nhsuk-pagination__previous")))
                .andExpect(content().string(containsString("aria-current=\"page\"")))
                .andExpect(content().string(containsString("href=\"/find-support?q=" + word + "\"")))
                .andExpect(content().string(not(containsString("nhsuk-pagination__next"))));
    }

    @Test
    void carriesNoInlineScriptOrStyleForTheContentSecurityPolicy() throws Exception {
        String id = save(word + " lunch", null, "TH", List.of(), BigDecimal.ZERO);
        for (String path : List.of("/find-support?q=" + word, "/services/" + id, "/services/no-such-service")) {
            String page = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
            assertThat(page).as(path).doesNotContain(" style=").doesNotContain("<style").doesNotContain("hx-on")
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)");
        }
    }

    @Test
    void showsEverythingAboutAService() throws Exception {
        String locationId = id();
        directory.saveLocation(new Location(locationId, "physical", "Square Chapel", null, 53.7206, -1.8597, null,
                null, List.of(new Location.Address(id(), null, "10 Square Road", "Halifax", null, null, "HX1 1QG", "GB",
                        "physical")), List.of()));
        String id = id();
        directory.saveService(new Service(id, organizationId, word + " singing", "Sing for your lungs.\n\nAll welcome.",
                "https://sing.example.org", "sing@example.org", "active", null, null, 50, null, null, null, null, null,
                List.of(new Schedule(id(), null, null, null, "MONTHLY", 1, "1TU", null, null, LocalTime.of(14, 0),
                        LocalTime.of(15, 30), null, "in_person")),
                List.of(), List.of(new Service.ServiceAtLocation(id(), locationId, List.of())),
                List.of(new Language(id(), "Urdu", "ur", null)), List.of(),
                List.of(new CostOption(id(), null, null, "Per session", new BigDecimal("2.50"), null)),
                List.of(new Contact(id(), "Ann", null, null, null, List.of(new Contact.Phone(id(), "01422 000000", "Weekdays")))),
                List.of(new Service.Attribute(id(), LinkworkTaxonomies.needId("arts-creativity"), "service", null),
                        new Service.Attribute(id(), LinkworkTaxonomies.accessibilityId("hearing-loop"), "service", null),
                        new Service.Attribute(id(), LinkworkTaxonomies.eligibilityId("older-people"), "service", null))));

        mvc.perform(get("/services/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"nhsuk-u-margin-bottom-2\">" + word + " singing</h1>")))
                .andExpect(content().string(containsString("<p>All welcome.</p>")))
                .andExpect(content().string(containsString("Calder Friends " + word)))
                .andExpect(content().string(containsString("10 Square Road")))
                .andExpect(content().string(containsString("HX1 1QG")))
                .andExpect(content().string(containsString("First Tuesday of the month 2pm to 3:30pm")))
                .andExpect(content().string(containsString("£2.50 a session")))
                .andExpect(content().string(containsString("Ages 50 and over")))
                .andExpect(content().string(containsString("Older people")))
                .andExpect(content().string(containsString("Hearing loop")))
                .andExpect(content().string(containsString("Urdu")))
                .andExpect(content().string(containsString("href=\"tel:01422000000\"")))
                .andExpect(content().string(containsString("href=\"mailto:sing@example.org\"")))
                .andExpect(content().string(containsString("href=\"https://sing.example.org\"")))
                .andExpect(content().string(containsString("Arts and creativity")))
                .andExpect(content().string(containsString("Last checked <time")))
                .andExpect(content().string(containsString("href=\"/services/" + id + "/report-a-problem\"")))
                .andExpect(content().string(not(containsString("This information may be out of date"))));
    }

    @Test
    void warnsThatAListingNotCheckedForAYearMayBeOutOfDate() throws Exception {
        String id = save(word + " stale", null, "MO", List.of(), BigDecimal.ZERO);
        jdbc.sql("update service set last_verified_at = :when where id = :id")
                .param("when", Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS))).param("id", id).update();
        directory.saveService(directory.findService(id).orElseThrow());

        mvc.perform(get("/services/" + id))
                .andExpect(content().string(containsString("This information may be out of date")));
        mvc.perform(get("/find-support").param("q", word))
                .andExpect(content().string(containsString("May be out of date")));
    }

    @Test
    void answersAnUnknownServiceWithAFriendlyNotFoundPage() throws Exception {
        mvc.perform(get("/services/no-such-service"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Service not found")))
                .andExpect(content().string(containsString("href=\"/find-support\"")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    private String save(String name, String description, String byday, List<String> termIds, BigDecimal cost) {
        String locationId = id();
        directory.saveLocation(new Location(locationId, "physical", "Venue", null, 53.7206, -1.8597, null, null,
                List.of(), List.of()));
        String id = id();
        directory.saveService(new Service(id, organizationId, name, description, null, null, "active", null, null,
                null, null, null, null, null, null,
                List.of(new Schedule(id(), null, null, null, "WEEKLY", 1, byday, null, null, LocalTime.of(10, 0),
                        LocalTime.of(11, 0), null, "in_person")),
                List.of(), List.of(new Service.ServiceAtLocation(id(), locationId, List.of())), List.of(), List.of(),
                List.of(new CostOption(id(), null, null, cost.signum() == 0 ? "Free" : "Per session", cost, null)),
                List.of(), termIds.stream().map(t -> new Service.Attribute(id(), t, "service", null)).toList()));
        return id;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
