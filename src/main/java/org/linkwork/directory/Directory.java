package org.linkwork.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;

/**
 * The community directory: reading and keeping organisations, locations and services.
 *
 * <p>Writes are upserts by id, validated whole: a record with a fault is refused with an
 * {@link InvalidInput} naming each field at fault, and nothing of it is written. Every write is
 * added to the change log and announced as {@link ServiceChanged}.
 */
public interface Directory {

    Optional<Organization> findOrganization(String id);

    Optional<Location> findLocation(String id);

    Optional<Service> findService(String id);

    /** @throws NotFound when there is no such service */
    ServiceDetail serviceDetail(String id);

    List<ServiceDetail> serviceDetails(Collection<String> ids);

    /** Every service with its details, in id order, a batch at a time (for indexing and export). */
    void forEachService(int batchSize, Consumer<List<ServiceDetail>> batch);

    List<Organization> organizations(int offset, int limit);

    long countOrganizations();

    List<Service> servicesOf(String organizationId);

    void saveOrganization(Organization organization);

    void saveLocation(Location location);

    void saveService(Service service);

    /** The provider or an administrator confirms that the listing is still correct. */
    void confirmListing(String serviceId);

    List<Taxonomy> taxonomies();

    List<TaxonomyTerm> taxonomyTerms(String taxonomyId);

    Optional<TaxonomyTerm> findTaxonomyTerm(String id);

    Optional<TaxonomyTerm> termByCode(String taxonomyId, String code);

    void saveTaxonomy(Taxonomy taxonomy);

    void saveTaxonomyTerm(TaxonomyTerm term);
}
