/**
 * The directory's search: a Lucene index of listed services, kept in step with the directory by
 * following its change log, behind {@link org.linkwork.directory.DirectorySearch}; and, in
 * {@code web}, the public "Find support" and service pages. The index is a copy, never the record:
 * it must never be written to except from the directory's own data, and a search must never read
 * the database for each hit.
 */
package org.linkwork.directory.search;
