package org.linkwork.matching.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.identity.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Applies the vocabulary shipped in {@value #RESOURCE} at start, when its version is newer than the one applied
 * before: concepts with new codes are added, concepts still exactly as Linkwork last shipped them take the newer
 * wording, and concepts administrators changed or switched off are left as they made them. Each concept added
 * or changed so is audited as done by "system". The ids of shipped concepts are derived from their codes, so
 * they are the same everywhere.
 */
@Component
@Order(20)
class ShippedVocabulary implements ApplicationRunner {

    static final String RESOURCE = "matching/concepts.yaml";
    private static final Logger log = LoggerFactory.getLogger(ShippedVocabulary.class);

    private final Concepts concepts;
    private final AuditLog auditLog;

    ShippedVocabulary(Concepts concepts, AuditLog auditLog) {
        this.concepts = concepts;
        this.auditLog = auditLog;
    }

    /** The shipped vocabulary as written in the file. */
    record Shipped(int version, List<Concept> concepts) {

        Optional<Concept> concept(String code) {
            return concepts.stream().filter(c -> c.code().equals(code)).findFirst();
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        apply(read());
    }

    /** Applies a shipped vocabulary if it is newer than the one applied before; nothing otherwise. */
    @Transactional
    void apply(Shipped shipped) {
        if (concepts.seededVersion() >= shipped.version()) {
            return;
        }
        String because = "Linkwork vocabulary version " + shipped.version();
        int added = 0;
        int updated = 0;
        int kept = 0;
        for (Concept concept : shipped.concepts()) {
            String wording = wordingOf(concept);
            Optional<Concepts.AsShipped> stored = concepts.asShipped(concept.code());
            if (stored.isEmpty()) {
                if (concepts.insertShipped(concept, wording)) {
                    auditLog.recordBy("system", "matching.concept.add", "concept", concept.id().toString(), because);
                    added++;
                }
            } else if (!stored.get().unedited()) {
                kept++;
            } else if (wordingOf(stored.get().concept()).equals(wording)) {
                concepts.noteShippedWording(stored.get(), wording);
            } else if (concepts.replaceShipped(stored.get(), concept, wording)) {
                auditLog.recordBy("system", "matching.concept.change", "concept", stored.get().concept().id().toString(),
                        because);
                updated++;
            }
        }
        concepts.markSeeded(shipped.version());
        log.info("Concept vocabulary version {} applied: {} concepts added, {} updated, {} kept as administrators left them",
                shipped.version(), added, updated, kept);
    }

    /**
     * A fingerprint of what a concept says and points to, to tell whether two wordings are the same. Whether it
     * is switched on is not part of it: Linkwork ships every concept switched on.
     */
    static String wordingOf(Concept c) {
        String text = String.join("\u001f", c.code(), c.label(), c.kind().name(), String.join("\u001e", c.phrases()),
                String.join("\u001e", c.needs()), String.join("\u001e", c.words()),
                String.join("\u001e", c.accessibility()), String.join("\u001e", c.avoid()),
                String.join("\u001e", c.alongside()), String.valueOf(c.nearby()), c.reason());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @SuppressWarnings("unchecked")
    static Shipped read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            int version = (Integer) file.get("version");
            List<Map<String, Object>> entries = (List<Map<String, Object>>) file.get("concepts");
            return new Shipped(version, entries.stream().map(ShippedVocabulary::concept).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Concept concept(Map<String, Object> e) {
        String code = (String) e.get("code");
        return new Concept(UUID.nameUUIDFromBytes(("linkwork-matching/" + code).getBytes(StandardCharsets.UTF_8)), code,
                (String) e.get("label"), ConceptKind.valueOf((String) e.get("kind")), list(e, "phrases"),
                list(e, "needs"), list(e, "words"), list(e, "accessibility"), list(e, "avoid"), list(e, "alongside"),
                Boolean.TRUE.equals(e.get("nearby")), (String) e.get("reason"), true, 0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> e, String key) {
        Object value = e.get(key);
        return value == null ? List.of() : ((List<Object>) value).stream().map(String::valueOf).toList();
    }
}
