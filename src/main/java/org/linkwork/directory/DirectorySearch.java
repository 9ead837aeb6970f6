package org.linkwork.directory;

/**
 * Finds services in the directory by words, needs, place, time, age, cost and accessibility. It
 * reads an in-process index that follows the directory's change log, so it answers without a
 * database round trip and may trail a write made on another node by a few seconds.
 */
public interface DirectorySearch {

    /**
     * @throws org.linkwork.platform.InvalidInput never for a valid {@link SearchQuery}; the query
     *                                            checks itself when it is built
     */
    SearchResults search(SearchQuery query);
}
