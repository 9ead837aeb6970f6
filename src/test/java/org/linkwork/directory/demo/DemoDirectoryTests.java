package org.linkwork.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Directory;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceArea;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.identity.Users;
import org.linkwork.place.Places;
import org.linkwork.place.Ward;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DemoDirectoryTests {

    @Autowired
    DemoDirectory demo;

    @Autowired
    Directory directory;

    @Autowired
    Places places;

    @Autowired
    Users users;

    private List<ServiceDetail> demoServices() {
        return directory.serviceDetails(demo.generate().services().stream().map(Service::id).toList());
    }

    @Test
    void loadsAtLeastTwoHundredServicesOfEightyOrganisationsInEveryWardOfCalderdale() {
        DemoDirectoryGenerator.Listings listings = demo.generate();
        List<ServiceDetail> loaded = demoServices();

        assertThat(loaded).hasSize(listings.services().size()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(loaded.stream().map(d -> d.organization().id()).distinct()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(listings.organizations()).allSatisfy(o -> assertThat(directory.findOrganization(o.id())).isPresent());
        Set<String> wardsWithAService = loaded.stream().flatMap(d -> d.locations().stream())
                .map(l -> places.wardContaining(l.point().orElseThrow()).orElseThrow().code())
                .collect(Collectors.toSet());
        assertThat(wardsWithAService).containsExactlyInAnyOrderElementsOf(
                places.wards("calderdale").stream().map(Ward::code).toList());
    }

    @Test
    void putsEveryVenueInsideTheWardItsServiceIsListedFor() {
        for (ServiceDetail detail : demoServices()) {
            Optional<String> listedWard = detail.service().serviceAreas().stream().map(ServiceArea::uri)
                    .filter(uri -> uri.startsWith("linkwork:ward:")).map(uri -> uri.substring("linkwork:ward:".length()))
                    .findFirst();
            assertThat(detail.locations()).isNotEmpty().allSatisfy(location -> {
                Optional<Ward> ward = places.wardContaining(location.point().orElseThrow());
                assertThat(ward).as(location.name()).isPresent();
                listedWard.ifPresent(code -> assertThat(ward.get().code()).as(location.name()).isEqualTo(code));
                assertThat(location.postcode()).get().asString().matches("(HX[1-7]|HD6|OL14) [1-9][A-Z]{2}");
            });
        }
    }

    @Test
    void marksEveryServiceAndOrganisationAsFictional() {
        List<ServiceDetail> loaded = demoServices();
        assertThat(loaded).allSatisfy(d -> {
            assertThat(d.service().description()).endsWith("(Fictional demo listing.)");
            assertThat(d.organization().description()).contains("Fictional demo organisation");
            assertThat(d.organization().email()).endsWith(".example.org");
            assertThat(d.service().contacts()).allSatisfy(c -> assertThat(c.phones())
                    .allSatisfy(p -> assertThat(p.number()).matches("01632 960\\d{3}|07700 900\\d{3}")));
        });
    }

    @Test
    void generatesTheSameDirectoryEveryTimeAndLoadsExactlyThat() {
        DemoDirectoryGenerator.Listings first = demo.generate();
        DemoDirectoryGenerator.Listings second = demo.generate();
        assertThat(second).isEqualTo(first);

        Map<String, String> loadedNames = demoServices().stream()
                .collect(Collectors.toMap(d -> d.service().id(), d -> d.service().name()));
        assertThat(loadedNames).isEqualTo(first.services().stream().collect(Collectors.toMap(Service::id, Service::name)));
        Service planted = first.services().stream().filter(s -> s.id().equals(DemoDirectory.ALIKE_SERVICE_IDS_NEARBY.getFirst()))
                .findFirst().orElseThrow();
        assertThat(directory.findService(planted.id())).get()
                .satisfies(s -> assertThat(s.schedules()).isEqualTo(planted.schedules()));
    }

    @Test
    void spreadsLastVerifiedMostlyOverTheLastSixMonths() {
        Instant now = Instant.now();
        List<ServiceDetail> loaded = demoServices();
        Map<String, Long> byAge = loaded.stream().collect(Collectors.groupingBy(d -> {
            Duration age = Duration.between(d.lastVerifiedAt(), now);
            return age.toDays() < 183 ? "recent" : age.toDays() < 365 ? "due" : "old";
        }, Collectors.counting()));
        double total = loaded.size();
        assertThat(byAge.get("recent") / total).isGreaterThan(0.75);
        assertThat(byAge.get("due") / total).isBetween(0.05, 0.15);
        assertThat(byAge.get("old") / total).isBetween(0.02, 0.09);
    }

    @Test
    void linksTheDemoProviderToAnOrganisationWithSeveralServicesOfDifferentFreshness() {
        assertThat(users.findByUsername("provider")).get()
                .satisfies(u -> assertThat(u.organisationId()).contains(DemoDirectory.PROVIDER_ORGANIZATION_ID));
        List<Service> services = directory.servicesOf(DemoDirectory.PROVIDER_ORGANIZATION_ID);
        assertThat(services.size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void offersAboutHalfTheServicesFreeAndTheRestForAFewPounds() {
        List<Service> services = demo.generate().services();
        long free = services.stream().filter(Service::isFree).count();
        assertThat((double) free / services.size()).isBetween(0.4, 0.65);
        assertThat(services.stream().flatMap(s -> s.costOptions().stream()).filter(c -> !c.isFree()))
                .allSatisfy(c -> assertThat(c.amount()).isBetween(BigDecimal.ONE,
                        "Per term".equals(c.option()) ? new BigDecimal("60") : new BigDecimal("6")));
        assertThat(services.stream().flatMap(s -> s.costOptions().stream()).map(CostOption::option))
                .contains("Per term", "Per session");
    }

    @Test
    void tagsEachServiceWithNeedsAccessibilityAndWhoItIsFor() {
        List<ServiceDetail> loaded = demoServices();
        assertThat(loaded).allSatisfy(d -> {
            List<String> taxonomies = d.terms().stream().map(TaxonomyTerm::taxonomyId).toList();
            assertThat(taxonomies.stream().filter(LinkworkTaxonomies.NEEDS::equals).count()).isBetween(1L, 3L);
            assertThat(taxonomies).contains(LinkworkTaxonomies.ELIGIBILITY);
            assertThat(d.service().schedules()).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.opensAt()).isBefore(s.closesAt()));
            assertThat(d.service().languages()).anySatisfy(l -> assertThat(l.code()).isEqualTo("en"));
        });
        assertThat(loaded).filteredOn(d -> d.service().minimumAge() != null).hasSizeGreaterThan(30);
        assertThat(loaded.stream().flatMap(d -> d.service().languages().stream()).map(l -> l.code()).distinct())
                .contains("ur", "pa", "pl");
        assertThat(loaded.stream().flatMap(d -> d.organization().organizationIdentifiers().stream()))
                .hasSizeGreaterThan(30);
    }

    @Test
    void describesAFreeStepFreeArthritisGroupNearHx1InEverydayWords() {
        assertThat(demoServices()).anySatisfy(d -> {
            assertThat(d.service().description()).contains("joint pain and stiffness");
            assertThat(d.service().isFree()).isTrue();
            assertThat(d.hasTerm("step-free")).isTrue();
            assertThat(d.locations()).extracting(Location::postcode).anySatisfy(p -> assertThat(p).get().asString().startsWith("HX1 "));
        });
    }

    @Test
    void plantsOrganisationsThatShareARegistrationNumber() {
        List<Organization> sameCharity = DemoDirectory.SAME_CHARITY_ORGANIZATION_IDS.stream()
                .map(id -> directory.findOrganization(id).orElseThrow()).toList();
        assertThat(sameCharity.get(0).charityNumber().map(n -> n.replace(" ", "")))
                .isEqualTo(sameCharity.get(1).charityNumber().map(n -> n.replace(" ", "")));
        List<Organization> sameCompany = DemoDirectory.SAME_COMPANY_ORGANIZATION_IDS.stream()
                .map(id -> directory.findOrganization(id).orElseThrow()).toList();
        assertThat(sameCompany.get(0).companyNumber()).isEqualTo(sameCompany.get(1).companyNumber());
    }
}
