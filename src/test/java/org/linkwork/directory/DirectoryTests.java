package org.linkwork.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class DirectoryTests {

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shipsTheNeedsTaxonomyWithStableCodes() {
        assertThat(directory.taxonomyTerms(LinkworkTaxonomies.NEEDS)).extracting(TaxonomyTerm::code)
                .contains("physical-activity", "msk-friendly-exercise", "loneliness-social-connection",
                        "mental-wellbeing", "carers", "money-debt", "housing", "food", "employment-learning",
                        "arts-creativity", "nature-green-space", "transport", "peer-support", "long-term-conditions");
        assertThat(directory.termByCode(LinkworkTaxonomies.NEEDS, "walking")).get()
                .extracting(TaxonomyTerm::id).isEqualTo(LinkworkTaxonomies.needId("walking"));
    }

    @Test
    void storesAServiceWithEverythingItOwnsAndReadsItBackWhole() {
        String orgId = id();
        directory.saveOrganization(new Organization(orgId, "Calder Valley Walkers", "Walks for all", null, null, null,
                null, null, List.of(new Organization.OrganizationIdentifier(id(), "GB-CHC", "Charity Number", "1 123 456"))));
        String locationId = id();
        directory.saveLocation(new Location(locationId, "physical", "People's Park gates", null, 53.7195, -1.8735,
                null, null, List.of(new Location.Address(id(), null, "Park Road", "Halifax", null, "West Yorkshire",
                        "HX1 2TS", "GB", "physical")), List.of()));
        String serviceId = id();
        Schedule tuesdayMornings = new Schedule(id(), null, null, null, "WEEKLY", 1, "TU", null, "Tuesdays 10 to 11",
                LocalTime.of(10, 0), LocalTime.of(11, 0), null, "in_person");
        directory.saveService(new Service(serviceId, orgId, "Tuesday health walk", "A gentle hour", null, null, "active",
                null, null, 18, null, null, null, null, null, List.of(tuesdayMornings), List.of(),
                List.of(new Service.ServiceAtLocation(id(), locationId, List.of())), List.of(), List.of(),
                List.of(new CostOption(id(), null, null, "Free", BigDecimal.ZERO, null)), List.of(),
                List.of(new Service.Attribute(id(), LinkworkTaxonomies.needId("walking"), "service", null))));

        ServiceDetail detail = directory.serviceDetail(serviceId);
        assertThat(detail.service().schedules()).containsExactly(tuesdayMornings);
        assertThat(detail.service().isFree()).isTrue();
        assertThat(detail.organization().charityNumber()).contains("1 123 456");
        assertThat(detail.locations()).singleElement().satisfies(l -> assertThat(l.postcode()).contains("HX1 2TS"));
        assertThat(detail.hasTerm("walking")).isTrue();
        assertThat(jdbc.sql("select count(*) from directory_change where entity_id = :id").param("id", serviceId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusesAServiceWithFaultsNamingEachFieldAndWritesNothing() {
        String serviceId = id();
        Service bad = new Service(serviceId, "no-such-organisation", " ", null, null, "not-an-email", "open", null,
                null, 70, 60, null, null, null, null,
                List.of(new Schedule(id(), null, null, null, "DAILY", null, "XX", null, null, LocalTime.of(11, 0),
                        LocalTime.of(10, 0), null, null)),
                List.of(), List.of(), List.of(), List.of(),
                List.of(new CostOption(id(), null, null, "Per session", new BigDecimal("-3"), null)), List.of(), List.of());

        assertThatThrownBy(() -> directory.saveService(bad))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.FieldProblem::field)
                        .contains("name", "status", "email", "maximum_age", "cost_options[0].amount",
                                "schedules[0].freq", "schedules[0].byday", "schedules[0].closes_at"));
        assertThat(directory.findService(serviceId)).isEmpty();
    }

    @Test
    void refusesAServiceOfAnUnknownOrganisation() {
        Service orphan = new Service(id(), "no-such-organisation", "Orphan", null, null, null, "active", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> directory.saveService(orphan))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactly("organization_id"));
    }

    @Test
    void saysWhenAServiceDoesNotExist() {
        assertThatThrownBy(() -> directory.serviceDetail("missing")).isInstanceOf(NotFound.class);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
