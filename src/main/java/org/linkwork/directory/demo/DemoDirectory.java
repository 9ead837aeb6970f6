package org.linkwork.directory.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.linkwork.directory.Directory;
import org.linkwork.directory.internal.VerificationDates;
import org.linkwork.identity.AuditLog;
import org.linkwork.identity.Users;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Lsoa;
import org.linkwork.place.Places;
import org.linkwork.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the directory with the fictional Calderdale demo on the first start in demo mode: over
 * two hundred services of about a hundred organisations in all seventeen wards, last verified
 * over the past two years, and links the demo account "provider" to one of the organisations.
 * It runs after the reference geography, the taxonomies and the demo accounts, and does nothing
 * when the demo organisations are there already.
 */
@Component
@Order(10)
public class DemoDirectory implements ApplicationRunner {

    static final String PLACE = "calderdale";
    static final String DEMO_PROVIDER = "provider";

    /** The organisation the demo account "provider" acts for. */
    public static final String PROVIDER_ORGANIZATION_ID = DemoDirectoryGenerator.PROVIDER_ORGANISATION;
    /** Planted for duplicate detection: two organisation records with one charity number. */
    public static final List<String> SAME_CHARITY_ORGANIZATION_IDS = DemoDirectoryGenerator.SAME_CHARITY;
    /** Planted for duplicate detection: two organisation records with one company number. */
    public static final List<String> SAME_COMPANY_ORGANIZATION_IDS = DemoDirectoryGenerator.SAME_COMPANY;
    /** Planted for duplicate detection: one activity listed by two organisations close together. */
    public static final List<String> ALIKE_SERVICE_IDS_NEARBY = DemoDirectoryGenerator.ALIKE_SERVICES_NEARBY;
    /** Planted for duplicate detection: one activity listed twice by the same organisation. */
    public static final List<String> ALIKE_SERVICE_IDS_SAME_PLACE = DemoDirectoryGenerator.ALIKE_SERVICES_SAME_PLACE;

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private final DemoMode demoMode;
    private final Directory directory;
    private final Places places;
    private final VerificationDates verificationDates;
    private final Users users;
    private final AuditLog auditLog;

    DemoDirectory(DemoMode demoMode, Directory directory, Places places, VerificationDates verificationDates, Users users,
            AuditLog auditLog) {
        this.demoMode = demoMode;
        this.directory = directory;
        this.places = places;
        this.verificationDates = verificationDates;
        this.users = users;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || directory.findOrganization(PROVIDER_ORGANIZATION_ID).isPresent()) {
            return;
        }
        DemoDirectoryGenerator.Listings listings = generate();
        listings.organizations().forEach(directory::saveOrganization);
        listings.locations().forEach(directory::saveLocation);
        listings.services().forEach(directory::saveService);
        Instant now = Instant.now();
        listings.verifiedDaysAgo().forEach((serviceId, days) ->
                verificationDates.backdate(serviceId, now.minus(Duration.ofDays(days))));
        users.assignOrganisation(DEMO_PROVIDER, PROVIDER_ORGANIZATION_ID);
        auditLog.record("directory.demo.load", "directory", PLACE, "Demo mode: fictional Calderdale directory");
        log.info("Loaded the fictional demo directory: {} organisations, {} locations, {} services",
                listings.organizations().size(), listings.locations().size(), listings.services().size());
    }

    /** The demo directory as it is loaded: the same on every call. */
    DemoDirectoryGenerator.Listings generate() {
        Map<String, List<GeoPoint>> populated = places.lsoas(PLACE).stream()
                .sorted(Comparator.comparing(Lsoa::code))
                .collect(Collectors.groupingBy(Lsoa::wardCode, Collectors.mapping(Lsoa::centroid, Collectors.toList())));
        return new DemoDirectoryGenerator(places.wards(PLACE), populated,
                point -> places.wardContaining(point).map(org.linkwork.place.Ward::code)).generate();
    }
}
