package org.linkwork.directory.oruk;

import java.util.List;
import org.linkwork.directory.Location;
import org.linkwork.directory.Organization;
import org.linkwork.directory.Service;
import org.linkwork.directory.Taxonomy;
import org.linkwork.directory.TaxonomyTerm;

/**
 * One service read from a file, with everything it brings that the directory keeps apart: its
 * organisation, locations, taxonomies and terms. They are written together or not at all.
 *
 * @param organization null when the service names an organisation already in the directory
 */
record ImportRecord(Organization organization, List<Location> locations, List<Taxonomy> taxonomies,
        List<TaxonomyTerm> terms, Service service) {
}
