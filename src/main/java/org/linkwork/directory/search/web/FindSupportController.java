package org.linkwork.directory.search.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.linkwork.directory.Directory;
import org.linkwork.directory.DirectorySearch;
import org.linkwork.directory.Facet;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.SearchHit;
import org.linkwork.directory.SearchQuery;
import org.linkwork.directory.SearchQuery.TimeOfDay;
import org.linkwork.directory.SearchResults;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.directory.search.ListingWords;
import org.linkwork.directory.search.PlaceFinder;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.web.RecordView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.util.UriUtils;

/**
 * The public search, "Find support". A plain GET form that works without JavaScript; with htmx,
 * changing a filter swaps only the results and the counts next to the filters, and the address
 * bar keeps the search so it can be shared.
 */
@Controller
class FindSupportController {

    /** The accessibility features people filter on most; the others still show on each service. */
    static final List<String> ACCESSIBILITY_FILTERS = List.of("wheelchair-accessible", "step-free", "hearing-loop",
            "seated-options", "limited-mobility");
    static final List<Integer> DISTANCES_KM = List.of(1, 2, 5, 10, 20);
    static final int MAX_AGE = 120;
    /** Sent by htmx from a form that shows errors (see the template), so the next answer clears them. */
    static final String ERRORS_SHOWN = "Linkwork-Errors-Shown";

    private final DirectorySearch search;
    private final PlaceFinder placeFinder;
    private final Directory directory;

    FindSupportController(DirectorySearch search, PlaceFinder placeFinder, Directory directory) {
        this.search = search;
        this.placeFinder = placeFinder;
        this.directory = directory;
    }

    @GetMapping("/find-support")
    String findSupport(@ModelAttribute("search") SearchForm form, BindingResult errors,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
            @RequestHeader(value = ERRORS_SHOWN, required = false) String errorsShown,
            Model model, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        Optional<SearchQuery> query = query(form, errors, model);
        long started = System.nanoTime();
        SearchResults results = query.map(search::search).orElse(null);
        // The index's share of the answer, for browsers' developer tools and the search benchmark.
        response.addHeader("Server-Timing", String.format(Locale.ROOT, "lucene;dur=%.3f;desc=\"index search\"",
                (System.nanoTime() - started) / 1e6));
        model.addAttribute("results", results);
        // as maps: the page reads their properties some six hundred times (RecordView says why)
        model.addAttribute("rows", RecordView.of(results == null ? List.of() : results.hits().stream().map(Row::of).toList()));
        model.addAttribute("needOptions", RecordView.of(needOptions(form, results)));
        model.addAttribute("dayOptions", RecordView.of(dayOptions(form, results)));
        model.addAttribute("accessOptions", RecordView.of(accessOptions(form, results)));
        model.addAttribute("timeOptions", RecordView.of(timeOptions(form)));
        model.addAttribute("distanceOptions", RecordView.of(distanceOptions(form)));
        model.addAttribute("freeCount", results == null ? null : results.facet(Facet.COST).count("free"));
        model.addAttribute("pages", results == null ? List.of() : PageLink.around(results, form));
        model.addAttribute("previousPage", results == null ? null : PageLink.previous(results, form));
        model.addAttribute("nextPage", results == null ? null : PageLink.next(results, form));
        model.addAttribute("clearFilters", PageLink.clearFilters(form));
        boolean partial = htmx != null && historyRestore == null;
        if (partial && (errors.hasErrors() || errorsShown != null)) {
            // Errors belong next to their fields, outside the results: to show them, or to clear
            // those shown before, swap the whole of the page's content.
            response.addHeader("HX-Retarget", "#maincontent");
            response.addHeader("HX-Reselect", "#maincontent");
            response.addHeader("HX-Reswap", "outerHTML");
            return "directory/find-support";
        }
        return partial ? "directory/find-support :: update" : "directory/find-support";
    }

    private Optional<SearchQuery> query(SearchForm form, BindingResult errors, Model model) {
        SearchQuery.Builder query = SearchQuery.builder().text(form.getQ()).needs(form.getNeed())
                .freeOnly(form.isFreeOnly()).accessibility(form.getAccess().stream()
                        .filter(ACCESSIBILITY_FILTERS::contains).toList());
        if (!SearchForm.blank(form.getWhere())) {
            try {
                PlaceFinder.Found found = placeFinder.find("where", form.getWhere());
                model.addAttribute("place", found.name());
                query.near(found.point(), distance(form.getWithin()));
            } catch (InvalidInput e) {
                e.problems().forEach(p -> errors.rejectValue("where", "invalid", p.message()));
            }
        }
        if (!SearchForm.blank(form.getAge())) {
            try {
                int age = Integer.parseInt(form.getAge().strip());
                if (age < 0 || age > MAX_AGE) {
                    errors.rejectValue("age", "range", "Enter an age between 0 and " + MAX_AGE);
                } else {
                    query.age(age);
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("age", "number", "Enter age as a number, like 67");
            }
        }
        query.days(form.getDay().stream().map(FindSupportController::day).flatMap(Optional::stream).toList());
        timeOfDay(form.getTime()).ifPresent(query::timeOfDay);
        query.page(page(form.getPage()));
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(query.build());
    }

    private static Double distance(String within) {
        if (SearchForm.blank(within)) {
            return null;
        }
        try {
            int km = Integer.parseInt(within.strip());
            return DISTANCES_KM.contains(km) ? (double) km : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int page(String page) {
        try {
            int n = SearchForm.blank(page) ? 1 : Integer.parseInt(page.strip());
            return Math.clamp(n, 1, SearchQuery.MAX_RESULT_WINDOW / SearchQuery.DEFAULT_PAGE_SIZE);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static Optional<DayOfWeek> day(String value) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst();
    }

    static Optional<TimeOfDay> timeOfDay(String value) {
        return Arrays.stream(TimeOfDay.values()).filter(t -> t.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst();
    }

    /**
     * A checkbox or radio: its value, label, whether chosen, and the count next to it (null when not
     * counted), with what the page shows of them worked out here, so that the template, which
     * writes some forty of these on every search, evaluates few expressions for each.
     */
    record Option(String value, String label, boolean checked, Long count, boolean narrower, String inputId,
            String countId, String countUnit) {

        static Option of(String group, String value, String label, boolean checked, Long count, boolean narrower) {
            return new Option(value, label, checked, count, narrower, group + "-" + value,
                    "count-" + group + "-" + value, count == null ? null : count == 1 ? " service" : " services");
        }
    }

    private List<Option> needOptions(SearchForm form, SearchResults results) {
        List<TaxonomyTerm> terms = directory.taxonomyTerms(LinkworkTaxonomies.NEEDS);
        Map<String, List<TaxonomyTerm>> children = terms.stream().filter(t -> t.parentId() != null)
                .collect(Collectors.groupingBy(TaxonomyTerm::parentId));
        Facet counts = results == null ? null : results.facet(Facet.NEEDS);
        List<Option> options = new ArrayList<>();
        for (TaxonomyTerm broad : terms.stream().filter(t -> t.parentId() == null).toList()) {
            options.add(needOption(broad, false, form, counts));
            children.getOrDefault(broad.id(), List.of()).forEach(child -> options.add(needOption(child, true, form, counts)));
        }
        return options;
    }

    private static Option needOption(TaxonomyTerm term, boolean narrower, SearchForm form, Facet counts) {
        return Option.of("need", term.code(), term.name(), form.getNeed().contains(term.code()),
                counts == null ? null : counts.count(term.code()), narrower);
    }

    private static List<Option> dayOptions(SearchForm form, SearchResults results) {
        Facet counts = results == null ? null : results.facet(Facet.DAYS);
        return Arrays.stream(DayOfWeek.values())
                .map(d -> Option.of("day", d.name().toLowerCase(Locale.UK), ListingWords.dayName(d),
                        form.getDay().stream().anyMatch(v -> v.equalsIgnoreCase(d.name())),
                        counts == null ? null : counts.count(d.name()), false))
                .toList();
    }

    private List<Option> accessOptions(SearchForm form, SearchResults results) {
        Map<String, String> names = directory.taxonomyTerms(LinkworkTaxonomies.ACCESSIBILITY).stream()
                .collect(Collectors.toMap(TaxonomyTerm::code, TaxonomyTerm::name, (a, b) -> a));
        Facet counts = results == null ? null : results.facet(Facet.ACCESSIBILITY);
        return ACCESSIBILITY_FILTERS.stream().filter(names::containsKey)
                .map(code -> Option.of("access", code, names.get(code), form.getAccess().contains(code),
                        counts == null ? null : counts.count(code), false))
                .toList();
    }

    private static List<Option> timeOptions(SearchForm form) {
        List<Option> options = new ArrayList<>();
        Optional<TimeOfDay> chosen = timeOfDay(form.getTime());
        options.add(new Option("", "Any time", chosen.isEmpty(), null, false, "time", null, null));
        for (TimeOfDay t : TimeOfDay.values()) {
            options.add(Option.of("time", t.name().toLowerCase(Locale.UK), t.label(), chosen.equals(Optional.of(t)),
                    null, false));
        }
        return options;
    }

    private static List<Option> distanceOptions(SearchForm form) {
        Double chosen = distance(form.getWithin());
        List<Option> options = new ArrayList<>();
        options.add(Option.of("within", "", "Any distance", chosen == null, null, false));
        DISTANCES_KM.forEach(km -> options.add(Option.of("within", String.valueOf(km), "Within " + km + " km",
                chosen != null && chosen.intValue() == km, null, false)));
        return options;
    }

    /**
     * A hit as the list of results shows it, every string ready, so that the template evaluates
     * few expressions a result (rendering them was a third of the cost of a search).
     *
     * @param href  the service's page
     * @param facts what the list says of it under its name, in order: distance, where, when, cost,
     *              places and accessibility, each only when known
     */
    record Row(String href, String name, String organizationName, boolean mayBeOutOfDate, boolean temporarilyClosed,
            String snippet, List<Fact> facts) {

        static Row of(SearchHit hit) {
            List<Fact> facts = new ArrayList<>(6);
            if (hit.distanceKm() != null) {
                facts.add(new Fact("Distance", distanceInWords(hit.distanceKm())));
            }
            Fact.add(facts, "Where", hit.place());
            Fact.add(facts, "When", hit.when());
            Fact.add(facts, "Cost", hit.cost());
            Fact.add(facts, "Places", hit.capacity());
            if (!hit.accessibility().isEmpty()) {
                facts.add(new Fact("Accessibility", String.join(", ", hit.accessibility())));
            }
            return new Row("/services/" + UriUtils.encodePathSegment(hit.serviceId(), StandardCharsets.UTF_8),
                    hit.name(), hit.organizationName(), hit.mayBeOutOfDate(), hit.temporarilyClosed(),
                    hit.snippet() == null || hit.snippet().isBlank() ? null : hit.snippet(), List.copyOf(facts));
        }

        public boolean tagged() {
            return mayBeOutOfDate || temporarilyClosed;
        }
    }

    /** One line of a result's facts: "Where" and "Halifax". */
    record Fact(String term, String detail) {

        private static void add(List<Fact> facts, String term, String detail) {
            if (detail != null) {
                facts.add(new Fact(term, detail));
            }
        }
    }

    static String distanceInWords(double km) {
        if (km < 0.1) {
            return "Less than 0.1 km away";
        }
        return km < 10 ? String.format(Locale.UK, "%.1f km away", km) : String.format(Locale.UK, "%.0f km away", km);
    }

    /**
     * A link to a page of the same search.
     *
     * @param number null for an ellipsis
     */
    record PageLink(Integer number, String href, boolean current) {

        public String cssClass() {
            return "nhsuk-pagination__item" + (number == null ? " nhsuk-pagination__item--ellipsis"
                    : current ? " nhsuk-pagination__item--current" : "");
        }

        static List<PageLink> around(SearchResults results, SearchForm form) {
            int pages = results.pages();
            if (pages <= 1) {
                return List.of();
            }
            List<PageLink> links = new ArrayList<>();
            int last = 0;
            for (int n = 1; n <= pages; n++) {
                if (n == 1 || n == pages || Math.abs(n - results.page()) <= 1) {
                    if (n - last > 1) {
                        links.add(new PageLink(null, null, false));
                    }
                    links.add(new PageLink(n, href(form, n), n == results.page()));
                    last = n;
                }
            }
            return links;
        }

        static String previous(SearchResults results, SearchForm form) {
            return results.page() > 1 && results.page() <= results.pages() ? href(form, results.page() - 1) : null;
        }

        static String next(SearchResults results, SearchForm form) {
            return results.page() < results.pages() ? href(form, results.page() + 1) : null;
        }

        /** The same words and place, with no filters. */
        static String clearFilters(SearchForm form) {
            StringBuilder query = new StringBuilder();
            add(query, "q", form.getQ());
            add(query, "where", form.getWhere());
            return "/find-support" + query;
        }

        static String href(SearchForm form, int page) {
            StringBuilder query = new StringBuilder();
            add(query, "q", form.getQ());
            add(query, "where", form.getWhere());
            add(query, "within", form.getWithin());
            form.getNeed().forEach(v -> add(query, "need", v));
            form.getDay().forEach(v -> add(query, "day", v));
            add(query, "time", form.getTime());
            add(query, "age", form.getAge());
            add(query, "free", form.getFree());
            form.getAccess().forEach(v -> add(query, "access", v));
            if (page > 1) {
                add(query, "page", String.valueOf(page));
            }
            return "/find-support" + query;
        }

        /** Encoded as a browser encodes a GET form, so a link and the form give the same address. */
        private static void add(StringBuilder query, String name, String value) {
            if (!SearchForm.blank(value)) {
                query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
                        .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        }
    }

}
