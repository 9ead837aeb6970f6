package org.linkwork.directory.admin;

import java.util.List;
import org.linkwork.directory.Directory;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Service;
import org.linkwork.identity.AuditLog;
import org.linkwork.identity.CurrentUser;
import org.linkwork.identity.Users;
import org.linkwork.platform.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's decisions about possible duplicates, each recorded (so the pair is not
 * offered again) and written to the audit log.
 *
 * <ul>
 *   <li>Merging organisations keeps one and moves the other's services, with the places they
 *       run, to it. The emptied record stays, so links to it still resolve.</li>
 *   <li>Merging services keeps one and marks the other closed for good ("defunct").</li>
 *   <li>Dismissing says the two are different.</li>
 * </ul>
 */
@Component
class Duplicates {

    private final DuplicateDetector detector;
    private final DuplicateDecisions decisions;
    private final Directory directory;
    private final AuditLog auditLog;
    private final Users users;

    Duplicates(DuplicateDetector detector, DuplicateDecisions decisions, Directory directory, AuditLog auditLog,
            Users users) {
        this.detector = detector;
        this.decisions = decisions;
        this.directory = directory;
        this.auditLog = auditLog;
        this.users = users;
    }

    int count() {
        return detector.organisations().size() + detector.services().size();
    }

    /**
     * @return how many services moved
     * @throws NotFound when the two are not an undecided possible duplicate
     */
    @Transactional
    int mergeOrganisations(String keptId, String otherId) {
        requireOrganisationPair(keptId, otherId);
        Organization kept = directory.findOrganization(keptId).orElseThrow(() -> new NotFound("Organisation", keptId));
        List<Service> moving = directory.servicesOf(otherId);
        moving.forEach(s -> directory.saveService(withOrganisation(s, keptId)));
        decisions.record(DuplicateDecisions.ORGANIZATION, keptId, otherId, "merged", keptId, actor());
        auditLog.record("directory.duplicate.merge", "organization", otherId,
                "Merged into " + kept.name() + " (" + keptId + "): " + moving.size() + " services moved");
        return moving.size();
    }

    @Transactional
    void mergeServices(String keptId, String otherId) {
        requireServicePair(keptId, otherId);
        Service kept = directory.findService(keptId).orElseThrow(() -> new NotFound("Service", keptId));
        Service other = directory.findService(otherId).orElseThrow(() -> new NotFound("Service", otherId));
        directory.saveService(withStatus(other, "defunct"));
        decisions.record(DuplicateDecisions.SERVICE, keptId, otherId, "merged", keptId, actor());
        auditLog.record("directory.duplicate.merge", "service", otherId,
                "Marked closed for good as a duplicate of " + kept.name() + " (" + keptId + ")");
    }

    /**
     * @return false when the pair was decided already
     * @throws NotFound when the two are not a possible duplicate
     */
    @Transactional
    boolean dismiss(String kind, String first, String second) {
        if (DuplicateDecisions.ORGANIZATION.equals(kind)) {
            requireOrganisationPair(first, second);
        } else {
            requireServicePair(first, second);
        }
        boolean recorded = decisions.record(kind, first, second, "dismissed", null, actor());
        if (recorded) {
            auditLog.record("directory.duplicate.dismiss", kind, DuplicateDecisions.key(first, second),
                    "Not a duplicate");
        }
        return recorded;
    }

    private void requireOrganisationPair(String a, String b) {
        String key = DuplicateDecisions.key(a, b);
        if (detector.organisations().stream().noneMatch(p -> DuplicateDecisions.key(p.first().id(), p.second().id()).equals(key))) {
            throw new NotFound("Possible duplicate organisations", key);
        }
    }

    private void requireServicePair(String a, String b) {
        String key = DuplicateDecisions.key(a, b);
        if (detector.services().stream().noneMatch(p -> DuplicateDecisions.key(p.first().id(), p.second().id()).equals(key))) {
            throw new NotFound("Possible duplicate services", key);
        }
    }

    private String actor() {
        return users.current().map(CurrentUser::username).orElse("system");
    }

    private static Service withOrganisation(Service s, String organizationId) {
        return new Service(s.id(), organizationId, s.name(), s.description(), s.url(), s.email(), s.status(), s.fees(),
                s.accreditations(), s.minimumAge(), s.maximumAge(), s.assuredDate(), s.assurerEmail(), s.alert(),
                s.lastModified(), s.schedules(), s.serviceAreas(), s.serviceAtLocations(), s.languages(), s.funding(),
                s.costOptions(), s.contacts(), s.attributes());
    }

    private static Service withStatus(Service s, String status) {
        return new Service(s.id(), s.organizationId(), s.name(), s.description(), s.url(), s.email(), status, s.fees(),
                s.accreditations(), s.minimumAge(), s.maximumAge(), s.assuredDate(), s.assurerEmail(), s.alert(),
                s.lastModified(), s.schedules(), s.serviceAreas(), s.serviceAtLocations(), s.languages(), s.funding(),
                s.costOptions(), s.contacts(), s.attributes());
    }
}
