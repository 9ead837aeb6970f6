package org.linkwork.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.linkwork.people.TestPeople.birthDate;
import static org.linkwork.people.TestPeople.nhsNumber;
import static org.linkwork.people.TestPeople.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.linkwork.people.Consent;
import org.linkwork.people.People;
import org.linkwork.people.Person;
import org.linkwork.people.PersonDetails;
import org.linkwork.people.PersonId;
import org.linkwork.people.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class PersonPagesTests {

    private static final RequestPostProcessor LINK_WORKER = user("linkworker").roles("LINK_WORKER");

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    /** The edit form as the browser sends it for this person, unchanged. */
    private static MockHttpServletRequestBuilder editForm(Person person) {
        return post("/people/{id}/edit", person.id().value()).with(LINK_WORKER).with(csrf())
                .param("version", String.valueOf(person.version()))
                .param("placeId", person.placeId())
                .param("givenName", person.name().given())
                .param("familyName", person.name().family())
                .param("birthDateDay", String.valueOf(person.birthDate().getDayOfMonth()))
                .param("birthDateMonth", String.valueOf(person.birthDate().getMonthValue()))
                .param("birthDateYear", String.valueOf(person.birthDate().getYear()))
                .param("postcode", person.address().postcode() == null ? "" : person.address().postcode())
                .param("phone", person.contact().phone() == null ? "" : person.contact().phone());
    }

    @Test
    void theRecordPageShowsTheDetailsAndConsentHistoryAndAuditsTheRead() throws Exception {
        String nhs = nhsNumber();
        PersonId id = people.register(TestPeople.everything("Araminta", "Gallowglass", birthDate(), nhs)).personId();
        people.recordConsent(id, Consent.Scope.SHARE_WITH_ORGANISATION,
                Optional.of(new Consent.Organisation("org-1", "Imaginary Allotment Society")), true, null);

        mvc.perform(get("/people/{id}", id.value()).with(LINK_WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Araminta Gallowglass")))
                .andExpect(content().string(containsString(nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6))))
                .andExpect(content().string(containsString("HX1 1UJ")))
                .andExpect(content().string(containsString("Back pain")))
                .andExpect(content().string(containsString("Imaginary Allotment Society")))
                .andExpect(content().string(containsString("Decisions in force")))
                .andExpect(content().string(not(containsString("style="))));

        assertThat(jdbc.sql("""
                select count(*) from audit_event
                where subject_type = 'person' and subject_id = :id and action = 'person.read' and reason = 'view record'
                """).param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theEditFormSavesChangesAndGoesBackToTheRecord() throws Exception {
        PersonId id = people.register(person("Bartholomew", "Gallowglass", birthDate(), null, "HX1 1UJ")).personId();
        Person person = people.read(id, "test");

        mvc.perform(editForm(person).param("preferredName", "Bart").param("contactMethods", "PHONE", "LETTER")
                        .param("addressLine1", "3 Imaginary Yard").param("longTermConditions", "OSTEOARTHRITIS"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/" + id))
                .andExpect(flash().attribute("saved", "The record was saved"));

        Person saved = people.read(id, "test");
        assertThat(saved.name().preferred()).isEqualTo("Bart");
        assertThat(saved.address().line1()).isEqualTo("3 Imaginary Yard");
        assertThat(saved.version()).isEqualTo(person.version() + 1);
    }

    @Test
    void theEditFormShowsEachProblemNextToItsField() throws Exception {
        PersonId id = people.register(person("Cordelia", "Gallowglass", birthDate(), null, null)).personId();
        Person person = people.read(id, "test");

        mvc.perform(editForm(person).param("nhsNumber", "999 000 0027").param("email", "cordelia-at-example")
                        .param("birthDateMonth", "13").param("sex", "SOMETHING_ELSE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nhsuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#nhsNumber\"")))
                .andExpect(content().string(containsString("id=\"nhsNumber-error\"")))
                .andExpect(content().string(containsString("This is not a valid NHS number")))
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("id=\"birthDate-error\"")))
                .andExpect(content().string(containsString("Date of birth must be a real date")))
                .andExpect(content().string(containsString("id=\"sex-error\"")))
                .andExpect(content().string(containsString("value=\"cordelia-at-example\"")))
                .andExpect(content().string(containsString("<title>Error: ")));

        assertThat(people.read(id, "test").version()).isEqualTo(person.version());
    }

    @Test
    void anEditFromAnOlderVersionShowsTheConflictAndSavesNothing() throws Exception {
        PersonId id = people.register(person("Dashiell", "Gallowglass", birthDate(), null, null)).personId();
        Person opened = people.read(id, "test");
        PersonDetails theirs = new PersonDetails(null, new Person.Name("Dashiell", "Gallowglass", "Dash"),
                opened.birthDate(), null, opened.address(), opened.contact(), opened.demographics(),
                opened.longTermConditions(), opened.gpPractice());
        people.update(id, opened.version(), theirs);

        mvc.perform(editForm(opened).param("preferredName", "Dashy"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("Your changes have not been saved")))
                .andExpect(content().string(containsString("value=\"Dashy\"")));

        assertThat(people.read(id, "test").name().preferred()).isEqualTo("Dash");
    }

    @Test
    void recordingAndWithdrawingConsentOnTheRecordPage() throws Exception {
        PersonId id = people.register(person("Eudora", "Gallowglass", birthDate(), null, null)).personId();

        mvc.perform(post("/people/{id}/consents", id.value()).with(LINK_WORKER).with(csrf())
                        .param("scope", "CONTACT_BY_TEXT").param("decision", "given"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/" + id + "#consent"));
        assertThat(people.hasConsent(id, Consent.Scope.CONTACT_BY_TEXT, Optional.empty())).isTrue();

        mvc.perform(post("/people/{id}/consents", id.value()).with(LINK_WORKER).with(csrf())
                        .param("scope", "CONTACT_BY_TEXT").param("decision", "withdrawn"))
                .andExpect(status().is3xxRedirection());
        assertThat(people.hasConsent(id, Consent.Scope.CONTACT_BY_TEXT, Optional.empty())).isFalse();
        assertThat(people.consents(id, "test")).hasSize(2);
        assertThat(people.consents(id, "test").getFirst().recordedBy()).isEqualTo("linkworker");
    }

    @Test
    void aConsentFormWithoutAChoiceShowsTheProblems() throws Exception {
        PersonId id = people.register(person("Fabian", "Gallowglass", birthDate(), null, null)).personId();

        mvc.perform(post("/people/{id}/consents", id.value()).with(LINK_WORKER).with(csrf())
                        .param("scope", "SHARE_WITH_ORGANISATION"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"decision-error\"")))
                .andExpect(content().string(containsString("href=\"#decision\"")));

        assertThat(people.consents(id, "test")).isEmpty();
    }

    @Test
    void possibleDuplicatesAreComparedSideBySideAndMerged() throws Exception {
        LocalDate born = birthDate();
        PersonId first = people.register(person("Gwendolyn", "Hawthorne", born, null, "HX1 1UJ")).personId();
        PersonId second = people.register(person("Gwendolin", "Hawthorn", born, nhsNumber(), "HX1 1UJ")).personId();

        mvc.perform(get("/people/duplicates").with(LINK_WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gwendolyn Hawthorne")))
                .andExpect(content().string(containsString("Gwendolin Hawthorn")))
                .andExpect(content().string(containsString("Same date of birth, similar name, same postcode area")));
        assertThat(jdbc.sql("""
                select count(*) from audit_event where subject_type = 'person' and subject_id = :id
                  and reason = 'compare possible duplicates'
                """).param("id", second.toString()).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/people/duplicates/merge").with(LINK_WORKER).with(csrf())
                        .param("personId", first.toString()).param("otherId", second.toString())
                        .param("keep", first.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/duplicates"))
                .andExpect(flash().attribute("merged", first.value()));

        assertThat(people.resolve(second)).contains(first);
        mvc.perform(get("/people/{id}", second.value()).with(LINK_WORKER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("was merged into this one")))
                .andExpect(content().string(containsString("Gwendolyn Hawthorne")));
    }

    @Test
    void possibleDuplicatesThatAreDifferentPeopleAreDismissed() throws Exception {
        LocalDate born = birthDate();
        PersonId first = people.register(person("Horatio", "Hawthorne", born, null, "HX1 1UJ")).personId();
        PersonId second = people.register(person("Horatio", "Hawthorne", born, null, "HX1 1UJ")).personId();

        mvc.perform(post("/people/duplicates/dismiss").with(LINK_WORKER).with(csrf())
                        .param("personId", first.toString()).param("otherId", second.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("dismissed", true));

        assertThat(people.possibleDuplicates()).noneMatch(f -> f.otherId().equals(second));
        assertThat(people.resolve(second)).contains(second);
        assertThat(jdbc.sql("select decided_by from person_possible_duplicate where other_id = :id")
                .param("id", second.value()).query(String.class).single()).isEqualTo("linkworker");
    }

    @Test
    void mergeAndDismissNeedTheFormsCsrfToken() throws Exception {
        mvc.perform(post("/people/duplicates/dismiss").with(LINK_WORKER)
                        .param("personId", PersonId.random().toString()).param("otherId", PersonId.random().toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void commissionersProvidersAndReferrersCannotOpenPeoplePages() throws Exception {
        PersonId id = people.register(person("Imogen", "Hawthorne", birthDate(), null, null)).personId();

        for (String role : new String[] {"COMMISSIONER", "PROVIDER", "REFERRER", "PUBLIC"}) {
            mvc.perform(get("/people/{id}", id.value()).with(user(role.toLowerCase()).roles(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/people/duplicates").with(user(role.toLowerCase()).roles(role)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'person' and subject_id = :id and action = 'person.read'")
                .param("id", id.toString()).query(Long.class).single()).isZero();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/people/{id}", PersonId.random().value()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void anUnknownPersonIsNotFound() throws Exception {
        mvc.perform(get("/people/{id}", PersonId.random().value()).with(LINK_WORKER))
                .andExpect(status().isNotFound());
    }
}
