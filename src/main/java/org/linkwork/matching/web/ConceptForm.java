package org.linkwork.matching.web;

import java.util.Arrays;
import java.util.List;
import org.linkwork.matching.vocabulary.Concept;
import org.linkwork.matching.vocabulary.ConceptDraft;
import org.linkwork.matching.vocabulary.ConceptKind;

/**
 * A concept as the administrator's form holds it: lists as lines (phrases and words, which may hold commas)
 * or as comma-separated codes.
 */
public class ConceptForm {

    private String code;
    private String label;
    private String kind;
    private String phrases;
    private String needs;
    private String words;
    private String accessibility;
    private String avoid;
    private String alongside;
    private boolean nearby;
    private String reason;
    private boolean enabled = true;
    private int version;

    static ConceptForm of(Concept c) {
        ConceptForm f = new ConceptForm();
        f.code = c.code();
        f.label = c.label();
        f.kind = c.kind().name();
        f.phrases = String.join("\n", c.phrases());
        f.needs = String.join(", ", c.needs());
        f.words = String.join("\n", c.words());
        f.accessibility = String.join(", ", c.accessibility());
        f.avoid = String.join("\n", c.avoid());
        f.alongside = String.join(", ", c.alongside());
        f.nearby = c.nearby();
        f.reason = c.reason();
        f.enabled = c.enabled();
        f.version = c.version();
        return f;
    }

    ConceptDraft toDraft() {
        ConceptKind parsedKind = Arrays.stream(ConceptKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        return new ConceptDraft(code, label, parsedKind, lines(phrases), codes(needs), lines(words), codes(accessibility),
                lines(avoid), codes(alongside), nearby, reason, enabled);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> codes(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getPhrases() { return phrases; }
    public void setPhrases(String phrases) { this.phrases = phrases; }
    public String getNeeds() { return needs; }
    public void setNeeds(String needs) { this.needs = needs; }
    public String getWords() { return words; }
    public void setWords(String words) { this.words = words; }
    public String getAccessibility() { return accessibility; }
    public void setAccessibility(String accessibility) { this.accessibility = accessibility; }
    public String getAvoid() { return avoid; }
    public void setAvoid(String avoid) { this.avoid = avoid; }
    public String getAlongside() { return alongside; }
    public void setAlongside(String alongside) { this.alongside = alongside; }
    public boolean isNearby() { return nearby; }
    public void setNearby(boolean nearby) { this.nearby = nearby; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
