package org.linkwork.directory.oruk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.linkwork.directory.Directory;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Service;
import org.linkwork.directory.Taxonomy;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one imported service and what it brings, through the directory, in one transaction:
 * organisation, then locations, then taxonomies and terms, then the service. If any of them is
 * refused, none of them is kept.
 *
 * <p>Three faults common in real files are mended rather than refused, each reported as a
 * warning: a parent organisation or parent term that is nowhere to be found is left unlinked,
 * and coordinates that are not a position on Earth are left out. Linkwork's own taxonomies are
 * never changed by an import; their terms may only be referred to.
 */
@Component
class RecordWriter {

    private static final Set<String> OWN_TAXONOMIES = Set.of(LinkworkTaxonomies.NEEDS, LinkworkTaxonomies.ACCESSIBILITY,
            LinkworkTaxonomies.ELIGIBILITY);

    private final Directory directory;
    private final TransactionTemplate transaction;

    RecordWriter(Directory directory, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @return warnings about what was changed to import the record
     * @throws InvalidInput when the directory refuses part of it, with fields named as in the file
     */
    List<String> write(ImportRecord record) {
        List<String> warnings = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            warnings.clear();
            writeAll(record, warnings::add);
        });
        return warnings;
    }

    private void writeAll(ImportRecord record, Consumer<String> warn) {
        if (record.organization() != null) {
            Organization o = record.organization();
            if (o.parentOrganizationId() != null && !o.parentOrganizationId().equals(o.id())
                    && directory.findOrganization(o.parentOrganizationId()).isEmpty()) {
                warn.accept("organization.parent_organization_id: there is no organisation " + o.parentOrganizationId()
                        + ", so the link to it was left out");
                o = new Organization(o.id(), o.name(), o.description(), o.email(), o.website(), o.logo(), o.uri(), null,
                        o.organizationIdentifiers());
            }
            Organization organization = o;
            prefixed("organization.", () -> directory.saveOrganization(organization));
        }
        for (Location l : record.locations()) {
            Location location = l;
            if (!onEarth(l)) {
                warn.accept("location " + l.id() + ": latitude " + l.latitude() + " and longitude " + l.longitude()
                        + " are not a position on Earth, so they were left out");
                location = new Location(l.id(), l.locationType(), l.name(), l.description(), null, null,
                        l.externalIdentifier(), l.externalIdentifierType(), l.addresses(), l.accessibility());
            }
            Location toSave = location;
            prefixed("location " + l.id() + ": ", () -> directory.saveLocation(toSave));
        }
        Set<String> knownTaxonomies = new HashSet<>();
        directory.taxonomies().forEach(t -> knownTaxonomies.add(t.id()));
        for (Taxonomy t : record.taxonomies()) {
            if (!knownTaxonomies.contains(t.id())) {
                prefixed("taxonomy " + t.id() + ": ", () -> directory.saveTaxonomy(t));
            }
        }
        Map<String, TaxonomyTerm> terms = new LinkedHashMap<>();
        record.terms().forEach(t -> terms.put(t.id(), t));
        Set<String> saved = new HashSet<>();
        for (TaxonomyTerm t : terms.values()) {
            saveTerm(t, terms, saved, warn, 0);
        }
        Service service = record.service();
        directory.saveService(service);
    }

    /** Saves a term after its parent, when the parent comes in the same record. */
    private void saveTerm(TaxonomyTerm term, Map<String, TaxonomyTerm> terms, Set<String> saved, Consumer<String> warn,
            int depth) {
        if (!saved.add(term.id())) {
            return;
        }
        Optional<TaxonomyTerm> existing = directory.findTaxonomyTerm(term.id());
        if (existing.isPresent() && existing.get().taxonomyId() != null
                && OWN_TAXONOMIES.contains(existing.get().taxonomyId())) {
            return;
        }
        TaxonomyTerm t = term;
        if (t.parentId() != null && !t.parentId().equals(t.id())) {
            TaxonomyTerm parent = terms.get(t.parentId());
            if (parent != null && depth < 20) {
                saveTerm(parent, terms, saved, warn, depth + 1);
            } else if (directory.findTaxonomyTerm(t.parentId()).isEmpty()) {
                warn.accept("taxonomy term " + t.id() + ": there is no parent term " + t.parentId()
                        + ", so the link to it was left out");
                t = withParent(t, null);
            }
        } else if (t.parentId() != null) {
            t = withParent(t, null);
        }
        String code = t.code() != null ? t.code() : existing.map(TaxonomyTerm::code).orElse(null);
        TaxonomyTerm toSave = new TaxonomyTerm(t.id(), code, t.name(), t.description(), t.parentId(), t.taxonomyId(),
                t.termUri());
        prefixed("taxonomy term " + t.id() + ": ", () -> directory.saveTaxonomyTerm(toSave));
    }

    private static TaxonomyTerm withParent(TaxonomyTerm t, String parentId) {
        return new TaxonomyTerm(t.id(), t.code(), t.name(), t.description(), parentId, t.taxonomyId(), t.termUri());
    }

    private static boolean onEarth(Location l) {
        if (l.latitude() == null && l.longitude() == null) {
            return true;
        }
        return l.latitude() != null && l.longitude() != null && l.latitude() >= -90 && l.latitude() <= 90
                && l.longitude() >= -180 && l.longitude() <= 180;
    }

    private static void prefixed(String prefix, Runnable write) {
        try {
            write.run();
        } catch (InvalidInput e) {
            throw new InvalidInput(e.problems().stream()
                    .map(p -> new FieldProblem(prefix + p.field(), p.message()))
                    .toList());
        }
    }
}
