package org.linkwork.outcomes.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.identity.AuditLog;
import org.linkwork.outcomes.QuestionnaireRef;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports questionnaire definitions from a file: one FHIR Questionnaire or a Bundle of them. Each definition
 * is imported whole or not at all, in a transaction of its own; a file that cannot be read as definitions
 * is refused with nothing written. A url and version already stored with the same content is left as it
 * is; with different content it is refused, because a definition is never edited: a change is a new version.
 */
@Service
public class QuestionnaireImports {

    private final QuestionnaireDefinitions definitions;
    private final AuditLog auditLog;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    QuestionnaireImports(QuestionnaireDefinitions definitions, AuditLog auditLog, JsonMapper json,
            TransactionTemplate transactions) {
        this.definitions = definitions;
        this.auditLog = auditLog;
        this.json = json;
        this.transactions = transactions;
    }

    /** What became of one definition of a file. */
    public enum Result {
        IMPORTED, UNCHANGED, REFUSED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param position its place in the file, from 0
     * @param ref      its url and version, when it gave both
     * @param id       the stored definition's id (imported or unchanged)
     * @param problems why it was refused, each naming the element
     */
    public record Outcome(int position, QuestionnaireRef ref, Result result, UUID id, List<FieldProblem> problems) {
    }

    /** What became of each definition of a file. */
    public record Report(String source, List<Outcome> definitions) {

        public long count(Result result) {
            return definitions.stream().filter(d -> d.result() == result).count();
        }

        public List<FieldProblem> problems() {
            return definitions.stream().flatMap(d -> d.problems().stream()).toList();
        }
    }

    /** The file was refused whole: not JSON, or not a Questionnaire or a Bundle of them. Nothing was written. */
    public static class FileRefused extends RuntimeException {
        private final String field;

        FileRefused(String field, String message) {
            super(message);
            this.field = field;
        }

        /** The element at fault, or null when the file is not JSON at all. */
        public String field() {
            return field;
        }
    }

    /**
     * @param source     what was imported, for people: a file name
     * @param importedBy who imported it, kept with each definition
     * @throws FileRefused when the file is not read as definitions at all
     */
    public Report importFile(String source, byte[] content, String importedBy) {
        String file = DefinitionReader.printable(source);
        List<DefinitionReader.Read> reads;
        try {
            reads = DefinitionReader.read(content, json);
        } catch (DefinitionReader.Refused refused) {
            auditLog.record("outcomes.questionnaire.import", "questionnaire_file", file,
                    "Refused " + file + ": " + refused.getMessage());
            throw new FileRefused(refused.field(), refused.getMessage());
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (DefinitionReader.Read read : reads) {
            outcomes.add(read.valid() ? store(read, file, importedBy)
                    : new Outcome(read.position(), read.ref(), Result.REFUSED, null, read.problems()));
        }
        Report report = new Report(file, outcomes);
        if (report.count(Result.REFUSED) > 0) {
            auditLog.record("outcomes.questionnaire.import", "questionnaire_file", file, "Refused "
                    + report.count(Result.REFUSED) + " of " + outcomes.size() + " definitions of " + file);
        }
        return report;
    }

    private Outcome store(DefinitionReader.Read read, String file, String importedBy) {
        Definition definition = read.definition();
        String hash = sha256(read.canonical());
        return transactions.execute(status -> {
            UUID id = UUID.randomUUID();
            if (definitions.insert(id, definition, hash, read.original(), read.canonical(), importedBy)) {
                auditLog.record("outcomes.questionnaire.import", "questionnaire", id.toString(),
                        "Imported " + definition.ref() + " from " + file);
                return new Outcome(read.position(), definition.ref(), Result.IMPORTED, id, List.of());
            }
            Optional<QuestionnaireDefinitions.Stored> stored = definitions.find(definition.ref());
            UUID storedId = stored.map(s -> s.summary().id()).orElse(null);
            if (stored.isPresent() && stored.get().contentHash().equals(hash)) {
                return new Outcome(read.position(), definition.ref(), Result.UNCHANGED, storedId, List.of());
            }
            String field = read.path().isEmpty() ? "version" : read.path() + ".version";
            return new Outcome(read.position(), definition.ref(), Result.REFUSED, storedId, List.of(new FieldProblem(field,
                    "Version " + definition.ref().version() + " of " + definition.ref().url()
                            + " is already imported with different content. A definition is not changed once"
                            + " stored: give the changed one a new version")));
        });
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
