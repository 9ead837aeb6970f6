package org.linkwork.matching.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.linkwork.directory.Directory;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.Taxonomy;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.matching.Constraints;
import org.linkwork.matching.Suggestion;
import org.linkwork.matching.SuggestionRequest;
import org.linkwork.matching.Suggestions;
import org.linkwork.matching.SuggestionsWithNearMisses;
import org.linkwork.matching.vocabulary.ConceptVocabulary;
import org.linkwork.matching.vocabulary.Lexicon;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Places;
import org.linkwork.place.Ward;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.referrals.Responsiveness;
import org.linkwork.referrals.ServiceResponsiveness;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Suggestions in three steps: candidates from the search index; the hard constraints as filters; then a
 * score for each service left, with the provider's reply rate for those near the top. Services for a
 * barrier (community transport for "can't get there") are put alongside: the first after the third
 * suggestion, the second last. When few fit, near misses: what would fit without each hard constraint alone.
 */
@Service
class SuggestionService implements Suggestions {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    /** How many of the best are weighed again with their provider's reply rate. */
    private static final int WEIGHED_WITH_REPLIES = 5;
    private static final double LEAST_ALONGSIDE_MATCH = 0.6;
    private static final double REPEATED_NAME = 0.9;

    private final Directory directory;
    private final Places places;
    private final ConceptVocabulary vocabulary;
    private final Candidates candidates;
    private final ServiceResponsiveness responsiveness;
    private final ServiceFactsCache factsCache;
    private final Clock clock;

    SuggestionService(Directory directory, Places places, ConceptVocabulary vocabulary, Candidates candidates,
            ServiceResponsiveness responsiveness, ServiceFactsCache factsCache, ObjectProvider<Clock> clock) {
        this.directory = directory;
        this.places = places;
        this.vocabulary = vocabulary;
        this.candidates = candidates;
        this.responsiveness = responsiveness;
        this.factsCache = factsCache;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Override
    public List<Suggestion> suggest(SuggestionRequest request) {
        return answer(request, false).suggestions();
    }

    @Override
    public SuggestionsWithNearMisses suggestWithNearMisses(SuggestionRequest request) {
        return answer(request, true);
    }

    /** @param nearMisses whether to look for near misses when few fit */
    private SuggestionsWithNearMisses answer(SuggestionRequest request, boolean nearMisses) {
        List<FieldProblem> problems = new ArrayList<>();
        GeoPoint point = where(request, problems);
        Map<String, TaxonomyTerm> needs = needs(request.needs(), problems);
        check(request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Optional<Ward> ward = places.wardContaining(point);
        Lexicon lexicon = vocabulary.lexicon();
        Situation situation = Situations.read(lexicon, request.whatMatters(), needs, request.constraints(), point, ward);

        Set<String> ids = candidates.of(situation, request.whatMatters());
        Map<String, TaxonomyTerm> needsById = directory.taxonomyTerms(LinkworkTaxonomies.NEEDS).stream()
                .collect(Collectors.toMap(TaxonomyTerm::id, t -> t, (a, b) -> a));
        Instant now = clock.instant();
        LocalDate today = now.atZone(UK).toLocalDate();
        List<ServiceFacts> services = directory.serviceDetails(ids).stream()
                .map(d -> factsCache.of(d, needsById, today, now)).toList();

        TopicWeights weights = new TopicWeights(services);
        Map<String, Verdict> passed = new LinkedHashMap<>();
        Map<String, Double> venueKm = new HashMap<>();
        List<Judged> judged = new ArrayList<>();
        for (ServiceFacts f : services) {
            Double km = f.nearestKm(point).orElse(null);
            venueKm.put(f.id, km);
            Optional<Verdict> verdict = HardConstraints.check(situation, f, km);
            if (verdict.isEmpty()) {
                continue;
            }
            passed.put(f.id, verdict.get());
            Ranking.judge(situation, weights, f, verdict.get(), km).ifPresent(judged::add);
        }
        int alongsideSlots = situation.alongside().isEmpty() || request.limit() < 3 ? 0 : Math.min(2, request.limit() / 3);
        List<Judged> best = best(judged, request.limit());
        List<Judged> alongside = alongside(situation, weights, services, passed, venueKm, best, alongsideSlots);
        List<Suggestion> main = best.stream().limit(request.limit() - alongside.size()).map(j -> j.toSuggestion(false))
                .collect(Collectors.toCollection(ArrayList::new));
        for (int i = 0; i < alongside.size(); i++) {
            Suggestion s = alongside.get(i).toSuggestion(true);
            if (i == 0) {
                main.add(Math.min(3, main.size()), s);
            } else {
                main.add(s);
            }
        }
        // A friendship group that runs in the morning does not answer a wish for bereavement support that does not.
        long fitting = best.stream().limit(request.limit() - alongside.size())
                .filter(j -> j.relevance() >= Ranking.CLEARLY_RELEVANT).count();
        if (!nearMisses || fitting >= Math.min(FEW, request.limit())) {
            return new SuggestionsWithNearMisses(main, List.of(), List.of());
        }
        NearMisses.Found found = NearMisses.find(situation, weights, services, passed.keySet(), venueKm,
                j -> best(j, NearMisses.PER_CONSTRAINT));
        return new SuggestionsWithNearMisses(main, found.nearMisses(), found.unmet());
    }

    /**
     * The best of those judged, in the order suggested: the first few weighed again with their provider's reply
     * rate, and the same listing name repeated put lower.
     */
    private List<Judged> best(List<Judged> judged, int limit) {
        return varied(withReplies(judged.stream().sorted(byScore()).limit(limit + WEIGHED_WITH_REPLIES).toList()));
    }

    /**
     * The same listing name again (four "Telephone befriending" from four organisations) loses a tenth of its
     * score each time, so that a short list shows a choice rather than one kind of service over and over.
     */
    private static List<Judged> varied(List<Judged> ranked) {
        Map<String, Integer> seen = new HashMap<>();
        List<Judged> varied = new ArrayList<>();
        for (Judged j : ranked) {
            int before = seen.merge(j.facts().name.strip().toLowerCase(java.util.Locale.UK), 1, Integer::sum) - 1;
            varied.add(before == 0 ? j : j.withScore(j.score() * Math.pow(REPEATED_NAME, before), List.of(), List.of()));
        }
        return varied.stream().sorted(byScore()).toList();
    }

    private List<Judged> withReplies(List<Judged> best) {
        List<Judged> weighed = new ArrayList<>();
        for (Judged j : best) {
            Responsiveness r = responsiveness.of(j.facts().id);
            if (!r.enoughToShow()) {
                weighed.add(j);
                continue;
            }
            double accepted = r.acceptancePercent().orElse(0) / 100.0;
            double replies = accepted * (r.medianReplyWorkingDays().orElse(0.0) <= 3 ? 1.0 : 0.8);
            List<String> reasons = new ArrayList<>();
            List<String> cautions = new ArrayList<>();
            r.replyTimeInWords().ifPresent(words -> reasons.add("Usually answers referrals " + words));
            if (accepted < 0.5) {
                cautions.add("Accepted " + r.acceptancePercent().orElse(0) + "% of referrals in the last year");
            }
            weighed.add(j.withScore(Ranking.withReplies(j.score(), replies), reasons, cautions));
        }
        return weighed.stream().sorted(byScore()).toList();
    }

    private List<Judged> alongside(Situation situation, TopicWeights weights, List<ServiceFacts> services, Map<String, Verdict> passed,
            Map<String, Double> venueKm, List<Judged> best, int slots) {
        List<Judged> chosen = new ArrayList<>();
        if (slots == 0) {
            return chosen;
        }
        Set<String> taken = best.stream().limit(slots == 0 ? 0 : Integer.MAX_VALUE).map(j -> j.facts().id)
                .collect(Collectors.toSet());
        for (Situation.Alongside a : situation.alongside()) {
            Topic topic = Situations.topicOf(a.concept(), 1.0);
            Situation only = new Situation(situation.point(), situation.ward(), List.of(topic),
                    situation.preferences(), List.of(), List.of(), true, situation.wantsFree(), situation.constraints());
            services.stream().filter(f -> passed.containsKey(f.id) && !taken.contains(f.id))
                    .filter(f -> TopicMatch.of(topic, f) >= LEAST_ALONGSIDE_MATCH)
                    .map(f -> Ranking.judge(only, weights, f, passed.get(f.id), venueKm.get(f.id)))
                    .flatMap(Optional::stream)
                    .sorted(byScore()).limit(slots - chosen.size())
                    .forEach(j -> {
                        taken.add(j.facts().id);
                        chosen.add(j.withScore(j.score(), List.of("Suggested alongside: " + a.because().toLowerCase(
                                java.util.Locale.UK)), List.of()));
                    });
            if (chosen.size() >= slots) {
                break;
            }
        }
        return chosen;
    }

    private static Comparator<Judged> byScore() {
        return Comparator.comparingDouble(Judged::score).reversed().thenComparing(j -> j.facts().name);
    }

    private GeoPoint where(SuggestionRequest request, List<FieldProblem> problems) {
        if (request.postcode() != null && request.location() != null) {
            problems.add(new FieldProblem("postcode", "Give a postcode or a location, not both"));
            return null;
        }
        if (request.location() != null) {
            return request.location();
        }
        if (request.postcode() == null) {
            problems.add(new FieldProblem("postcode", "Give the postcode where the person lives, or a location"));
            return null;
        }
        try {
            return places.locate("postcode", request.postcode()).point();
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private Map<String, TaxonomyTerm> needs(List<String> codes, List<FieldProblem> problems) {
        Map<String, TaxonomyTerm> terms = new LinkedHashMap<>();
        List<Taxonomy> others = null;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).strip();
            Optional<TaxonomyTerm> term = code.isEmpty() ? Optional.empty()
                    : directory.termByCode(LinkworkTaxonomies.NEEDS, code);
            if (term.isEmpty() && !code.isEmpty()) {
                others = others == null ? directory.taxonomies() : others;
                term = others.stream().map(t -> directory.termByCode(t.id(), code)).flatMap(Optional::stream).findFirst();
            }
            if (term.isEmpty()) {
                problems.add(new FieldProblem("needs[" + i + "]", "There is no need with the code \"" + code
                        + "\": use a code of the needs taxonomy, such as walking"));
            } else {
                terms.put(code, term.get());
            }
        }
        return terms;
    }

    private static void check(SuggestionRequest request, List<FieldProblem> problems) {
        if (request.limit() < 1 || request.limit() > SuggestionRequest.MAX_LIMIT) {
            problems.add(new FieldProblem("limit", "Limit must be between 1 and " + SuggestionRequest.MAX_LIMIT));
        }
        if (request.whatMatters() != null && request.whatMatters().length() > 5000) {
            problems.add(new FieldProblem("whatMatters", "What matters must be at most 5,000 characters"));
        }
        Constraints c = request.constraints();
        if (c.maxDistanceKm() != null && (!(c.maxDistanceKm() > 0) || c.maxDistanceKm() > 1000)) {
            problems.add(new FieldProblem("constraints.maxDistanceKm",
                    "Maximum distance must be more than 0 and at most 1,000 km"));
        }
        if (c.maxCostPounds() != null && c.maxCostPounds().signum() < 0) {
            problems.add(new FieldProblem("constraints.maxCostPounds", "Maximum cost cannot be less than zero"));
        }
        if (c.age() != null && (c.age() < 0 || c.age() > 130)) {
            problems.add(new FieldProblem("constraints.age", "Age must be between 0 and 130"));
        }
        if (c.language() != null && !LANGUAGE.matcher(c.language()).matches()) {
            problems.add(new FieldProblem("constraints.language", "Language must be an ISO 639-1 code, such as en or ur"));
        }
    }
}
