package org.linkwork.matching.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkwork.directory.DirectorySearch;
import org.linkwork.directory.SearchHit;
import org.linkwork.directory.SearchQuery;
import org.linkwork.matching.vocabulary.Phrase;
import org.springframework.stereotype.Component;

/**
 * The first pass: services worth scoring, found through the directory's search index rather than by reading
 * every service. It asks for services with any of the topics' words (with the directory's synonyms), then for
 * the best few with each topic's own words and with those of them the person said, for services recorded with
 * the topics' needs, for the nearest when distance matters, and for services that go alongside; each nearest
 * first among equals, and none outside the person's age. A listing's standing (out of date, temporarily closed)
 * is left to the ranking, which weighs it: the search would rank a stale breathing group below every fresh
 * listing that says "walk", out of a hundred candidates.
 */
@Component
class Candidates {

    static final int PAGE = SearchQuery.MAX_PAGE_SIZE;
    static final int MOST_WORDS = 60;
    static final int EACH_TOPIC = 20;

    private final DirectorySearch search;

    Candidates(DirectorySearch search) {
        this.search = search;
    }

    Set<String> of(Situation s, String whatMatters) {
        Set<String> ids = new LinkedHashSet<>();
        String topicWords = words(null, s.topics().stream().flatMap(t -> t.words().stream()).toList());
        String text = topicWords.isBlank() ? words(whatMatters, List.of()) : topicWords;
        if (!text.isBlank()) {
            ids.addAll(byText(s, text, PAGE));
        }
        Set<String> needs = s.topics().stream().flatMap(t -> t.needs().stream()).collect(Collectors.toSet());
        if (!needs.isEmpty()) {
            ids.addAll(find(base(s).needs(needs).page(1, PAGE)));
        }
        // And the best few for each topic on its own: asked together, the topic with the most words ("knitting",
        // "crochet", "sewing"...) can fill the page, and the arthritis group is never scored beside the craft groups.
        if (s.topics().size() > 1) {
            for (Topic topic : s.topics()) {
                String own = words(null, topic.words());
                if (!own.isBlank()) {
                    ids.addAll(byText(s, own, EACH_TOPIC));
                }
            }
        }
        // And the best few with the topic's words the person said themselves: among thirty words of joints and
        // gentle exercise, the one listing that says "arthritis" in its name ranks below every chair-based class.
        for (Topic topic : s.topics()) {
            String said = words(null, topic.said());
            if (!said.isBlank()) {
                ids.addAll(byText(s, said, EACH_TOPIC));
            }
        }
        if (!s.hasTopics() || s.nearby() || s.constraints().maxDistanceKm() != null) {
            ids.addAll(find(base(s).near(s.point(), s.constraints().maxDistanceKm()).page(1, PAGE)));
        }
        for (Situation.Alongside a : s.alongside()) {
            String alongside = words(null, a.concept().words());
            if (!alongside.isBlank()) {
                ids.addAll(find(base(s).text(alongside).anyWord(true).page(1, PAGE / 2)));
            }
            if (!a.concept().concept().needs().isEmpty()) {
                ids.addAll(find(base(s).needs(a.concept().concept().needs()).page(1, PAGE / 2)));
            }
        }
        return ids;
    }

    private List<String> byText(Situation s, String text, int page) {
        List<String> ids = new ArrayList<>(find(base(s).text(text).anyWord(true).page(1, page)));
        if (s.constraints().maxDistanceKm() != null) {
            ids.addAll(find(base(s).text(text).anyWord(true).near(s.point(), s.constraints().maxDistanceKm())
                    .page(1, page)));
        }
        return ids;
    }

    private SearchQuery.Builder base(Situation s) {
        return SearchQuery.builder().near(s.point()).age(s.constraints().age()).rankedByStanding(false);
    }

    private List<String> find(SearchQuery.Builder query) {
        return search.search(query.build()).hits().stream().map(SearchHit::serviceId).toList();
    }

    private static String words(String whatMatters, List<Phrase> phrases) {
        Set<String> words = new LinkedHashSet<>();
        if (whatMatters != null) {
            words.add(whatMatters);
        }
        phrases.stream().map(Phrase::text).limit(MOST_WORDS).forEach(words::add);
        return String.join(" ", words);
    }
}
