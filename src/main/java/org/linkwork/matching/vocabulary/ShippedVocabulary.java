package org.linkwork.matching.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
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
 * Adds the vocabulary shipped in {@value #RESOURCE} at start, when its version is newer than the one added
 * before: concepts with new codes are added, and concepts already stored are left as administrators made
 * them. The ids of shipped concepts are derived from their codes, so they are the same everywhere.
 */
@Component
@Order(20)
class ShippedVocabulary implements ApplicationRunner {

    static final String RESOURCE = "matching/concepts.yaml";
    private static final Logger log = LoggerFactory.getLogger(ShippedVocabulary.class);

    private final Concepts concepts;

    ShippedVocabulary(Concepts concepts) {
        this.concepts = concepts;
    }

    /** The shipped vocabulary as written in the file. */
    record Shipped(int version, List<Concept> concepts) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Shipped shipped = read();
        if (concepts.seededVersion() >= shipped.version()) {
            return;
        }
        shipped.concepts().forEach(c -> concepts.insertIfNew(c, "system"));
        concepts.markSeeded(shipped.version());
        log.info("Concept vocabulary version {} added: {} concepts shipped", shipped.version(), shipped.concepts().size());
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
