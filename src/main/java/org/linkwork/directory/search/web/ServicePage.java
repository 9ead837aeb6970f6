package org.linkwork.directory.search.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.linkwork.directory.Contact;
import org.linkwork.directory.Freshness;
import org.linkwork.directory.Language;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.Location;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.TaxonomyTerm;
import org.linkwork.directory.search.ListingWords;

/**
 * What the page of one service shows, in words, worked out from its {@link ServiceDetail}.
 *
 * @param website      only an http or https address, so that a listing cannot carry a script link
 * @param lastChecked  "3 March 2026"
 * @param noLongerRuns status inactive or defunct: the page still answers, for old links
 */
public record ServicePage(String id, String name, String organizationName, String organizationWebsite,
        List<String> description, String alert, boolean temporarilyClosed, boolean noLongerRuns,
        List<Venue> venues, List<String> when, List<String> costs, String ages, List<String> eligibility,
        List<String> accessibility, List<String> languages, List<Phone> phones, List<String> emails, String website,
        List<String> needs, String lastChecked, String lastCheckedIso, boolean mayBeOutOfDate) {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A place the service runs, its address as lines. */
    public record Venue(String name, List<String> address, String description) {
    }

    /** A phone number, with the digits to dial and what it is for. */
    public record Phone(String number, String dial, String description) {
    }

    static ServicePage of(ServiceDetail detail, Instant now) {
        Service s = detail.service();
        LocalDate today = LocalDate.ofInstant(now, UK);
        List<String> accessibility = new ArrayList<>(names(detail.terms(), LinkworkTaxonomies.ACCESSIBILITY));
        detail.locations().stream().flatMap(l -> l.accessibility().stream())
                .map(a -> a.description() == null || a.description().isBlank() ? a.details() : a.description())
                .filter(d -> d != null && !d.isBlank()).distinct().forEach(accessibility::add);
        Set<String> emails = new LinkedHashSet<>();
        if (s.email() != null && !s.email().isBlank()) {
            emails.add(s.email());
        }
        s.contacts().stream().map(Contact::email).filter(e -> e != null && !e.isBlank()).forEach(emails::add);
        LocalDate checked = LocalDate.ofInstant(detail.lastVerifiedAt(), UK);
        return new ServicePage(s.id(), s.name(),
                detail.organization() == null ? null : detail.organization().name(),
                detail.organization() == null ? null : webAddress(detail.organization().website()),
                paragraphs(s.description()), blankToNull(s.alert()), "temporarily closed".equals(s.status()),
                "inactive".equals(s.status()) || "defunct".equals(s.status()),
                detail.locations().stream().filter(l -> !"virtual".equals(l.locationType())).map(ServicePage::venue)
                        .toList(),
                ListingWords.when(s, today), ListingWords.costs(s), ListingWords.ages(s.minimumAge(), s.maximumAge()),
                names(detail.terms(), LinkworkTaxonomies.ELIGIBILITY), accessibility,
                s.languages().stream().map(Language::name).filter(Objects::nonNull).toList(),
                s.contacts().stream().flatMap(c -> c.phones().stream()).map(ServicePage::phone).distinct().toList(),
                List.copyOf(emails), webAddress(s.url()), names(detail.terms(), LinkworkTaxonomies.NEEDS),
                DAY_MONTH_YEAR.format(checked), checked.toString(),
                Freshness.of(detail.lastVerifiedAt(), now) == Freshness.MAY_BE_OUT_OF_DATE);
    }

    public boolean hasContact() {
        return !phones.isEmpty() || !emails.isEmpty() || website != null;
    }

    private static Venue venue(Location l) {
        List<String> lines = new ArrayList<>();
        l.addresses().stream().findFirst().ifPresent(a -> Stream.of(a.address1(), a.city(), a.postalCode())
                .filter(x -> x != null && !x.isBlank()).forEach(lines::add));
        return new Venue(l.name(), lines, blankToNull(l.description()));
    }

    private static Phone phone(Contact.Phone p) {
        String number = p.number() == null ? "" : p.number().strip();
        return new Phone(number, number.replaceAll("[^0-9+]", ""), blankToNull(p.description()));
    }

    private static List<String> names(List<TaxonomyTerm> terms, String taxonomyId) {
        return terms.stream().filter(t -> taxonomyId.equals(t.taxonomyId())).map(TaxonomyTerm::name).toList();
    }

    private static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Stream.of(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    static String webAddress(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? u : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
