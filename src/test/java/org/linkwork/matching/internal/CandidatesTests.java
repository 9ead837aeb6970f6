package org.linkwork.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.DirectorySearch;
import org.linkwork.directory.SearchHit;
import org.linkwork.directory.SearchQuery;
import org.linkwork.directory.SearchResults;
import org.linkwork.matching.Constraints;
import org.linkwork.matching.vocabulary.Phrase;
import org.linkwork.place.GeoPoint;

/** The first pass finds services for every topic, however many words another topic has. */
class CandidatesTests {

    static final GeoPoint HOME = new GeoPoint(53.7248, -1.8658);

    /**
     * A search that ranks listings by how many of the query's words they say, as any-word search does, and gives a
     * page of the best: a hundred craft groups, each saying several craft words, and one arthritis group.
     */
    private final Map<String, String> listings = Stream.concat(
            Stream.concat(
                    IntStream.range(0, 120).mapToObj(i -> Map.entry("craft-" + i, "knitting sewing crochet painting craft group")),
                    IntStream.range(0, 120).mapToObj(i -> Map.entry("chair-" + i, "gentle seated chair exercise for stiff joints"))),
            Stream.of(Map.entry("arthritis", "arthritis support group")))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    private final DirectorySearch search = query -> {
        Set<String> words = Arrays.stream(query.text().toLowerCase(Locale.UK).split(" ")).collect(Collectors.toSet());
        List<SearchHit> hits = listings.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), Arrays.stream(e.getValue().split(" ")).filter(words::contains).count()))
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> e.getValue()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(query.pageSize())
                .map(e -> new SearchHit(e.getKey(), e.getKey(), "organisation", "Organisation", null, 1.0, null, null,
                        null, false, List.of(), null, null, false, null))
                .toList();
        return new SearchResults(hits.size(), 1, query.pageSize(), hits, List.of(), false);
    };

    @Test
    void aTopicWithFewWordsIsNotCrowdedOutByOneWithMany() {
        Topic crafts = topic("arts-crafts", "knitting", "sewing", "crochet", "painting", "craft");
        Topic arthritis = topic("msk", "arthritis");

        assertThat(new Candidates(search).of(situation(crafts, arthritis), "arthritis, and she loved knitting"))
                .contains("arthritis").contains("craft-0");
    }

    @Test
    void oneTopicAloneIsAskedForOnce() {
        Topic arthritis = topic("msk", "arthritis");

        assertThat(new Candidates(search).of(situation(arthritis), "arthritis")).containsExactly("arthritis");
    }

    @Test
    void theTopicsWordsThePersonSaidAreAskedForOnTheirOwn() {
        Topic joints = topic("msk", "gentle", "seated", "chair", "stiff", "joints", "arthritis")
                .saying(List.of(Phrase.of("arthritis")));

        assertThat(new Candidates(search).of(situation(joints), "rheumatoid arthritis")).contains("arthritis", "chair-0");
        assertThat(new Candidates(search).of(situation(topic("msk", "gentle", "seated", "chair", "stiff", "joints",
                "arthritis")), "her joints")).doesNotContain("arthritis");
    }

    private static Situation situation(Topic... topics) {
        return new Situation(HOME, Optional.empty(), List.of(topics), List.of(), List.of(), List.of(), false, false,
                Constraints.NONE);
    }

    private static Topic topic(String code, String... words) {
        return new Topic(code, code, Set.of(), Arrays.stream(words).map(Phrase::of).toList(), 1.0, code, Set.of());
    }
}
