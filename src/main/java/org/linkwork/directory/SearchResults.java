package org.linkwork.directory;

import java.util.List;

/**
 * One page of what a {@link SearchQuery} found, with counts of the values of each facet.
 *
 * @param total           how many services match in all
 * @param allWordsMatched false when no service matched every word of the text, so the hits are
 *                        services that match some of the words
 */
public record SearchResults(long total, int page, int pageSize, List<SearchHit> hits, List<Facet> facets,
        boolean allWordsMatched) {

    public SearchResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    public int pages() {
        return (int) Math.min((total + pageSize - 1) / pageSize, SearchQuery.MAX_RESULT_WINDOW / pageSize);
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** The facet of that name; empty when no hit has a value for it. */
    public Facet facet(String name) {
        return facets.stream().filter(f -> f.name().equals(name)).findFirst().orElse(new Facet(name, List.of()));
    }
}
