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

    /** What the organisation last said about the service's capacity; {@link Capacity#NOT_STATED} when nothing. */
    Capacity capacity(String serviceId);

    /**
     * States the service's capacity, shown in search results and on its page. The caller checks that
     * the user may speak for the service's organisation.
     *
     * @throws NotFound when there is no such service
     */
    void setCapacity(String serviceId, Capacity capacity);

    /**
     * One place of the service was taken (a referral was accepted): places left go down by one, never
     * below none; a waiting list, or a capacity not stated, stays as it is.
     *
     * @return the capacity now
     */
    Capacity takePlace(String serviceId);

    List<Taxonomy> taxonomies();

    List<TaxonomyTerm> taxonomyTerms(String taxonomyId);

    Optional<TaxonomyTerm> findTaxonomyTerm(String id);

    Optional<TaxonomyTerm> termByCode(String taxonomyId, String code);

    void saveTaxonomy(Taxonomy taxonomy);

    void saveTaxonomyTerm(TaxonomyTerm term);
}
