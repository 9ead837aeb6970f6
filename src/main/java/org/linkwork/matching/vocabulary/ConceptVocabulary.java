package org.linkwork.matching.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.linkwork.directory.Directory;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.identity.AuditLog;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.platform.NotFound;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The concept vocabulary: read as a {@link Lexicon} for every suggestion, and kept by administrators. A
 * change takes effect on the next suggestion on every node, because each reading first asks the database
 * for the latest revision (one small query) and reads the concepts again only when it moved.
 */
@Service
public class ConceptVocabulary {

    static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int LONGEST_TEXT = 200;

    private final Concepts concepts;
    private final Directory directory;
    private final AuditLog auditLog;
    private volatile Lexicon lexicon = new Lexicon(-1, List.of());
    private volatile ShippedVocabulary.Shipped shipped;

    ConceptVocabulary(Concepts concepts, Directory directory, AuditLog auditLog) {
        this.concepts = concepts;
        this.directory = directory;
        this.auditLog = auditLog;
    }

    /** The enabled concepts as they are now. */
    public Lexicon lexicon() {
        long revision = concepts.revision();
        Lexicon current = lexicon;
        if (current.revision() != revision) {
            current = new Lexicon(revision, concepts.all());
            lexicon = current;
        }
        return current;
    }

    public List<Concept> all() {
        return concepts.all();
    }

    /** @throws NotFound when there is no such concept */
    public Concept concept(UUID id) {
        return concepts.find(id).orElseThrow(() -> new NotFound("Concept", id));
    }

    /**
     * Whether Linkwork now ships a wording of this concept other than the one it shipped before an administrator
     * changed it here: the edit was kept, and the administrator may want to look at the newer wording.
     */
    public boolean shipsNewerWordingThanEdited(UUID id) {
        return concepts.find(id).flatMap(c -> concepts.asShipped(c.code()))
                .filter(s -> s.shippedVersion() != null && !s.unedited() && s.shippedWording() != null)
                .flatMap(s -> shipped().concept(s.concept().code())
                        .map(c -> !ShippedVocabulary.wordingOf(c).equals(s.shippedWording())))
                .orElse(false);
    }

    private ShippedVocabulary.Shipped shipped() {
        ShippedVocabulary.Shipped read = shipped;
        if (read == null) {
            read = ShippedVocabulary.read();
            shipped = read;
        }
        return read;
    }

    /** @throws InvalidInput naming each field at fault; nothing is stored then */
    @Transactional
    public Concept add(ConceptDraft draft) {
        Concept concept = checked(UUID.randomUUID(), draft, 0);
        if (concepts.findByCode(concept.code()).isPresent()) {
            throw new InvalidInput("code", "Another concept has the code " + concept.code() + ": choose another");
        }
        concepts.insert(concept, actor());
        auditLog.record("matching.concept.add", "concept", concept.id().toString(), concept.label());
        return concepts.find(concept.id()).orElseThrow();
    }

    /**
     * @param version the version the change was made from
     * @throws InvalidInput            naming each field at fault; nothing is stored then
     * @throws ConceptChangedMeanwhile when someone else saved the concept after that version
     */
    @Transactional
    public Concept change(UUID id, int version, ConceptDraft draft) {
        Concept existing = concept(id);
        Concept concept = checked(id, draft, version);
        if (concept.equals(existing)) {
            // Saved as it was: not an edit, so a concept still as shipped keeps taking newer shipped wordings.
            return existing;
        }
        concepts.findByCode(concept.code()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new InvalidInput("code", "Another concept has the code " + concept.code() + ": choose another");
        });
        if (!concepts.update(concept, actor())) {
            throw new ConceptChangedMeanwhile(existing.code());
        }
        String what = existing.enabled() && !concept.enabled() ? "matching.concept.disable"
                : !existing.enabled() && concept.enabled() ? "matching.concept.enable" : "matching.concept.change";
        auditLog.record(what, "concept", id.toString(), concept.label());
        return concept(id);
    }

    private Concept checked(UUID id, ConceptDraft d, int version) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = d.code() == null ? "" : d.code().strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches() || code.length() > 60) {
            problems.add(new FieldProblem("code", "Enter a code of lower-case letters, numbers and hyphens, "
                    + "like knee-pain"));
        }
        String label = d.label() == null ? "" : d.label().strip();
        if (label.isEmpty() || label.length() > LONGEST_TEXT) {
            problems.add(new FieldProblem("label", "Enter a name for the concept, up to " + LONGEST_TEXT + " characters"));
        }
        if (d.kind() == null) {
            problems.add(new FieldProblem("kind", "Choose what kind of concept it is"));
        }
        Concept concept = new Concept(id, code, label, d.kind(), d.phrases(), d.needs(), d.words(), d.accessibility(),
                d.avoid(), d.alongside(), d.nearby(), d.reason(), d.enabled(), version);
        if (concept.phrases().isEmpty()) {
            problems.add(new FieldProblem("phrases", "Enter at least one phrase people say, like \"my knees hurt\""));
        } else if (concept.phrases().stream().map(Phrase::of).anyMatch(Phrase::isEmpty)) {
            problems.add(new FieldProblem("phrases", "Each phrase needs a word that is not a little word such as "
                    + "\"the\" or \"my\""));
        }
        if (concept.phrases().stream().anyMatch(p -> p.length() > LONGEST_TEXT)
                || concept.words().stream().anyMatch(p -> p.length() > LONGEST_TEXT)) {
            problems.add(new FieldProblem("phrases", "Each phrase or word must be at most " + LONGEST_TEXT + " characters"));
        }
        List<String> unknownNeeds = concept.needs().stream()
                .filter(n -> directory.termByCode(LinkworkTaxonomies.NEEDS, n).isEmpty()).toList();
        if (!unknownNeeds.isEmpty()) {
            problems.add(new FieldProblem("needs", "These are not codes of the needs taxonomy: "
                    + String.join(", ", unknownNeeds)));
        }
        List<String> unknownAccess = concept.accessibility().stream()
                .filter(a -> directory.termByCode(LinkworkTaxonomies.ACCESSIBILITY, a).isEmpty()).toList();
        if (!unknownAccess.isEmpty()) {
            problems.add(new FieldProblem("accessibility", "These are not codes of the accessibility taxonomy: "
                    + String.join(", ", unknownAccess)));
        }
        List<String> unknownAlongside = concept.alongside().stream()
                .filter(a -> !a.equals(code) && concepts.findByCode(a).isEmpty()).toList();
        if (!unknownAlongside.isEmpty() || concept.alongside().contains(code)) {
            problems.add(new FieldProblem("alongside", unknownAlongside.isEmpty()
                    ? "A concept cannot be suggested alongside itself"
                    : "There are no concepts with these codes: " + String.join(", ", unknownAlongside)));
        }
        if (concept.reason().length() > LONGEST_TEXT) {
            problems.add(new FieldProblem("reason", "The reason must be at most " + LONGEST_TEXT + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return concept;
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
