package org.linkwork.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.linkwork.directory.Contact;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Funding;
import org.linkwork.directory.Language;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceArea;
import org.linkwork.directory.Taxonomy;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Places;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrukApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Places places;

    final String walkers = id();
    final String artists = id();
    final String nearHalifax = id();
    final String farFromHalifax = id();
    final String taxonomy = id();
    final String activity = id();
    final String walking = id();
    final String walk = id();
    final String walkAtPark = id();
    final String chairExercise = id();
    final String chairExerciseAtHall = id();
    final String artClub = id();
    final String word = "zorb" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void createDirectory() {
        GeoPoint halifax = places.locate("postcode", "HX1").point();
        directory.saveOrganization(new Organization(walkers, "Calder Walkers " + word, "Walks for everyone",
                "hello@calderwalkers.org.uk", "https://calderwalkers.org.uk", null, null, null,
                List.of(new Organization.OrganizationIdentifier(id(), "GB-CHC", "Charity Number", "1123456"))));
        directory.saveOrganization(new Organization(artists, "Halifax Young Artists", "Art for young people", null,
                null, null, null, null, List.of()));
        directory.saveLocation(new Location(nearHalifax, "physical", "People's Park gates", "By the bandstand",
                halifax.latitude() + 0.003, halifax.longitude(), null, null,
                List.of(new Location.Address(id(), null, "Park Road", "Halifax", "West Yorkshire", null, "HX1 2TS",
                        "GB", "physical")),
                List.of(new Location.Accessibility(id(), "Level paths and an accessible toilet", null, null))));
        directory.saveLocation(new Location(farFromHalifax, "physical", "Hebden Bridge Town Hall", null,
                53.7423, -2.0138, null, null,
                List.of(new Location.Address(null, null, "St George's Street", "Hebden Bridge", null, null, "HX7 7BY",
                        null, null)), List.of()));
        directory.saveTaxonomy(new Taxonomy(taxonomy, "Activities " + word, "Kinds of activity", null, "1"));
        directory.saveTaxonomyTerm(new TaxonomyTerm(activity, "activity", "Physical activity", "Moving more", null,
                taxonomy, "https://example.org/terms/activity"));
        directory.saveTaxonomyTerm(new TaxonomyTerm(walking, "walking", "Walking", "Walking groups", activity,
                taxonomy, null));

        directory.saveService(new Service(walk, walkers, "Tuesday morning walk " + word,
                "A gentle hour round the park", "https://calderwalkers.org.uk/tuesday", "walks@calderwalkers.org.uk",
                "active", null, null, 18, null, null, null, null, null,
                List.of(new Schedule(id(), null, null, null, "WEEKLY", 1, "TU", null, "Tuesdays 10 to 11",
                        LocalTime.of(10, 0), LocalTime.of(11, 0), null, "in_person")),
                List.of(new ServiceArea(id(), "Calderdale", null, null, "linkwork:place:calderdale")),
                List.of(new Service.ServiceAtLocation(walkAtPark, nearHalifax, List.of())),
                List.of(new Language(id(), "English", "en", null)),
                List.of(new Funding(id(), "Calderdale Council")),
                List.of(new CostOption(id(), null, null, "Free", BigDecimal.ZERO, null)),
                List.of(new Contact(id(), "Sam Walker", "Walk leader", null, null,
                        List.of(new Contact.Phone(id(), "01422 000000", "Mobile")))),
                List.of(new Service.Attribute(id(), walking, "service", null))));
        directory.saveService(new Service(chairExercise, walkers, "Evening chair exercise", "Seated exercise", null,
                null, "active", null, null, 60, 90, null, null, null, null, List.of(), List.of(),
                List.of(new Service.ServiceAtLocation(chairExerciseAtHall, farFromHalifax,
                        List.of(new Schedule(null, null, null, null, "WEEKLY", 1, "TH", null, null,
                                LocalTime.of(18, 0), LocalTime.of(19, 30), null, null)))),
                List.of(), List.of(), List.of(new CostOption(null, null, null, "Per session", new BigDecimal("3.50"), null)),
                List.of(), List.of(new Service.Attribute(id(), activity, "service", null))));
        directory.saveService(new Service(artClub, artists, "Youth art club", null, null, null, "active", null, null,
                11, 18, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of()));
    }

    @Test
    void describesTheApiAsOrukThreePointZero() throws Exception {
        String body = json(mvc.perform(get("/oruk/v3/"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("3.0"))
                .andExpect(jsonPath("$.profile").value(OrukApiController.PROFILE)));
        OrukSchemas.assertValidResponse(body, "/");
        mvc.perform(get("/oruk/v3")).andExpect(status().isOk()).andExpect(jsonPath("$.version").value("3.0"));
    }

    @Test
    void listsServicesAsPagesOfOneToOneFields() throws Exception {
        String body = json(mvc.perform(get("/oruk/v3/services").param("organization_id", walkers).param("per_page", "1"))
                .andExpect(jsonPath("$.total_items").value(2))
                .andExpect(jsonPath("$.total_pages").value(2))
                .andExpect(jsonPath("$.page_number").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.first_page").value(true))
                .andExpect(jsonPath("$.last_page").value(false))
                .andExpect(jsonPath("$.empty").value(false))
                .andExpect(jsonPath("$.contents[0].id").value(chairExercise))
                .andExpect(jsonPath("$.contents[0].organization.name").value("Calder Walkers " + word))
                .andExpect(jsonPath("$.contents[0].schedules").doesNotExist()));
        OrukSchemas.assertValidPage(body, "compiled/service_list.json");

        mvc.perform(get("/oruk/v3/services").param("organization_id", walkers).param("per_page", "1").param("page", "2"))
                .andExpect(jsonPath("$.contents[0].id").value(walk))
                .andExpect(jsonPath("$.last_page").value(true));
        mvc.perform(get("/oruk/v3/services").param("organization_id", walkers).param("page", "3"))
                .andExpect(jsonPath("$.empty").value(true))
                .andExpect(jsonPath("$.contents").isEmpty());
    }

    @Test
    void listsWholeServicesWhenAskedForFull() throws Exception {
        String body = json(mvc.perform(get("/oruk/v3/services").param("search", word + " tuesday").param("full", "true"))
                .andExpect(jsonPath("$.contents[0].schedules[0].opens_at").value("10:00:00")));
        OrukSchemas.assertValidPage(body, "compiled/service.json");
    }

    @Test
    void servesAServiceFullyNested() throws Exception {
        String body = json(mvc.perform(get("/oruk/v3/services/{id}", walk))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.organization.id").value(walkers))
                .andExpect(jsonPath("$.organization.organization_identifiers[0].identifier").value("1123456"))
                .andExpect(jsonPath("$.service_at_locations[0].id").value(walkAtPark))
                .andExpect(jsonPath("$.service_at_locations[0].location.name").value("People's Park gates"))
                .andExpect(jsonPath("$.service_at_locations[0].location.addresses[0].address_1").value("Park Road"))
                .andExpect(jsonPath("$.service_at_locations[0].location.addresses[0].postal_code").value("HX1 2TS"))
                .andExpect(jsonPath("$.service_at_locations[0].location.accessibility[0].description")
                        .value("Level paths and an accessible toilet"))
                .andExpect(jsonPath("$.schedules[0].byday").value("TU"))
                .andExpect(jsonPath("$.schedules[0].opens_at").value("10:00:00"))
                .andExpect(jsonPath("$.schedules[0].closes_at").value("11:00:00"))
                .andExpect(jsonPath("$.cost_options[0].amount").value(0))
                .andExpect(jsonPath("$.contacts[0].phones[0].number").value("01422 000000"))
                .andExpect(jsonPath("$.languages[0].code").value("en"))
                .andExpect(jsonPath("$.service_areas[0].name").value("Calderdale"))
                .andExpect(jsonPath("$.funding[0].source").value("Calderdale Council"))
                .andExpect(jsonPath("$.attributes[0].taxonomy_term.name").value("Walking"))
                .andExpect(jsonPath("$.attributes[0].taxonomy_term.taxonomy").value("Activities " + word))
                .andExpect(jsonPath("$.attributes[0].taxonomy_term.parent_id").value(activity))
                .andExpect(jsonPath("$.last_modified").isString()));
        OrukSchemas.assertValid(body, "compiled/service.json");

        String withDefaults = json(mvc.perform(get("/oruk/v3/services/{id}", chairExercise))
                .andExpect(jsonPath("$.service_at_locations[0].location.addresses[0].country").value("GB"))
                .andExpect(jsonPath("$.service_at_locations[0].schedules[0].opens_at").value("18:00:00")));
        OrukSchemas.assertValid(withDefaults, "compiled/service.json");
    }

    @Test
    void filtersServicesByTaxonomyAgeScheduleSearchAndModification() throws Exception {
        assertIds(get("/oruk/v3/services").param("taxonomy_term_id", walking), walk);
        assertIds(get("/oruk/v3/services").param("taxonomy_id", taxonomy), chairExercise, walk);
        assertIds(get("/oruk/v3/services").param("organization_id", walkers).param("day", "TU"), walk);
        assertIds(get("/oruk/v3/services").param("organization_id", walkers).param("day", "thursday")
                .param("start_time", "17:00"), chairExercise);
        assertIds(get("/oruk/v3/services").param("organization_id", walkers).param("end_time", "11:00:00"), walk);
        assertIds(get("/oruk/v3/services").param("organization_id", walkers).param("minimum_age", "60"), chairExercise);
        assertIds(get("/oruk/v3/services").param("organization_id", artists).param("maximum_age", "18"), artClub);
        assertIds(get("/oruk/v3/services").param("organization_id", walkers).param("maximum_age", "17"));
        assertIds(get("/oruk/v3/services").param("search", word + " morning"), walk);
        assertIds(get("/oruk/v3/services").param("text", "evening chair").param("organization_id", walkers),
                chairExercise);
        assertIds(get("/oruk/v3/services").param("organization_id", walkers).param("modified_after", "2999-01-01"));
        assertIds(get("/oruk/v3/services").param("organization_id", walkers)
                .param("modified_after", "2020-01-01T00:00:00Z"), chairExercise, walk);
    }

    @Test
    void refusesParametersItCannotUnderstandWithABadRequestProblem() throws Exception {
        String[][] bad = {{"page", "0"}, {"per_page", "many"}, {"day", "someday"}, {"start_time", "25:00"},
                {"minimum_age", "-1"}, {"modified_after", "yesterday"}, {"full", "perhaps"}, {"format", "ndjson"}};
        for (String[] parameter : bad) {
            mvc.perform(get("/oruk/v3/services").param(parameter[0], parameter[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[*].field", hasItem(parameter[0])));
        }
        mvc.perform(get("/oruk/v3/service_at_locations").param("proximity", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("proximity"));
        mvc.perform(get("/oruk/v3/service_at_locations").param("postcode", "not a postcode"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("postcode"));
    }

    @Test
    void answersUnknownIdsWithNotFoundProblems() throws Exception {
        for (String path : List.of("/oruk/v3/services/", "/oruk/v3/service_at_locations/", "/oruk/v3/organizations/",
                "/oruk/v3/taxonomies/", "/oruk/v3/taxonomy_terms/")) {
            mvc.perform(get(path + id()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404));
        }
    }

    @Test
    void findsServicesAtLocationsNearAPostcodeNearestFirst() throws Exception {
        String body = json(mvc.perform(get("/oruk/v3/service_at_locations").param("organization_id", walkers)
                        .param("postcode", "HX1"))
                .andExpect(jsonPath("$.total_items").value(2))
                .andExpect(jsonPath("$.contents[*].id", contains(walkAtPark, chairExerciseAtHall)))
                .andExpect(jsonPath("$.contents[0].service_id").value(walk))
                .andExpect(jsonPath("$.contents[0].location_id").value(nearHalifax))
                .andExpect(jsonPath("$.contents[0].location.name").value("People's Park gates"))
                .andExpect(jsonPath("$.contents[0].service.organization.id").value(walkers)));
        OrukSchemas.assertValidPage(body, "compiled/service_at_location_list.json");

        mvc.perform(get("/oruk/v3/service_at_locations").param("organization_id", walkers)
                        .param("postcode", "hx1").param("proximity", "2000"))
                .andExpect(jsonPath("$.total_items").value(1))
                .andExpect(jsonPath("$.contents[*].id", contains(walkAtPark)));
        mvc.perform(get("/oruk/v3/service_at_locations").param("taxonomy_term_id", walking))
                .andExpect(jsonPath("$.contents[*].id", contains(walkAtPark)));
    }

    @Test
    void servesAServiceAtALocationWithTheServiceAndLocationNested() throws Exception {
        String body = json(mvc.perform(get("/oruk/v3/service_at_locations/{id}", chairExerciseAtHall))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(chairExerciseAtHall))
                .andExpect(jsonPath("$.location.addresses[0].postal_code").value("HX7 7BY"))
                .andExpect(jsonPath("$.service.id").value(chairExercise))
                .andExpect(jsonPath("$.service.cost_options[0].amount").value(3.5))
                .andExpect(jsonPath("$.schedules[0].byday").value("TH")));
        OrukSchemas.assertValid(body, "compiled/service_at_location.json");
    }

    @Test
    void servesOrganisationsWithTheirServices() throws Exception {
        String page = json(mvc.perform(get("/oruk/v3/organizations").param("search", word))
                .andExpect(jsonPath("$.total_items").value(1))
                .andExpect(jsonPath("$.contents[0].id").value(walkers))
                .andExpect(jsonPath("$.contents[0].services").doesNotExist()));
        OrukSchemas.assertValidPage(page, "compiled/organization_list.json");

        String organization = json(mvc.perform(get("/oruk/v3/organizations/{id}", walkers))
                .andExpect(jsonPath("$.name").value("Calder Walkers " + word))
                .andExpect(jsonPath("$.organization_identifiers[0].identifier_scheme").value("GB-CHC"))
                .andExpect(jsonPath("$.services[*].id", containsInAnyOrder(walk, chairExercise)))
                .andExpect(jsonPath("$.services[0].schedules").doesNotExist()));
        OrukSchemas.assertValid(organization, "compiled/organization.json");

        String full = json(mvc.perform(get("/oruk/v3/organizations/{id}", walkers).param("full_service", "true"))
                .andExpect(jsonPath("$.services[*].service_at_locations", hasSize(2))));
        OrukSchemas.assertValid(full, "compiled/organization.json");
    }

    @Test
    void servesTaxonomiesAndTheirTerms() throws Exception {
        String taxonomies = json(mvc.perform(get("/oruk/v3/taxonomies").param("per_page", "500"))
                .andExpect(jsonPath("$.contents[*].id", hasItem(taxonomy))));
        OrukSchemas.assertValidPage(taxonomies, "taxonomy.json");

        String one = json(mvc.perform(get("/oruk/v3/taxonomies/{id}", taxonomy))
                .andExpect(jsonPath("$.name").value("Activities " + word))
                .andExpect(jsonPath("$.taxonomy_terms[*].id", containsInAnyOrder(activity, walking))));
        OrukSchemas.assertValid(one, "taxonomy.json");

        String terms = json(mvc.perform(get("/oruk/v3/taxonomy_terms").param("taxonomy_id", taxonomy))
                .andExpect(jsonPath("$.total_items").value(2)));
        OrukSchemas.assertValidPage(terms, "taxonomy_term.json");
        assertIds(get("/oruk/v3/taxonomy_terms").param("taxonomy_id", taxonomy).param("top_only", "true"), activity);
        assertIds(get("/oruk/v3/taxonomy_terms").param("parent_id", activity), walking);
        assertIds(get("/oruk/v3/taxonomy_terms").param("vocabulary", "activities " + word), activity, walking);

        String term = json(mvc.perform(get("/oruk/v3/taxonomy_terms/{id}", walking))
                .andExpect(jsonPath("$.taxonomy_id").value(taxonomy))
                .andExpect(jsonPath("$.taxonomy").value("Activities " + word))
                .andExpect(jsonPath("$.term").value("Walking")));
        OrukSchemas.assertValid(term, "taxonomy_term.json");
    }

    @Test
    void isOpenToEveryOrigin() throws Exception {
        mvc.perform(get("/oruk/v3/services/{id}", walk).header("Origin", "https://elsewhere.example"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"));
    }

    private void assertIds(org.springframework.test.web.servlet.RequestBuilder request, String... ids)
            throws Exception {
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total_items").value(ids.length))
                .andExpect(ids.length == 0 ? jsonPath("$.contents", hasSize(0)) : jsonPath("$.contents[*].id", contains(ids)));
    }

    private static String json(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        assertThat(body).isNotBlank();
        return body;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
