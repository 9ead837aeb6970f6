package org.linkwork.outcomes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.outcomes.QuestionnaireRef;
import org.linkwork.outcomes.QuestionnaireSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored definitions. Rows are only ever added. */
@Repository
public class QuestionnaireDefinitions {

    private static final String SUMMARY = "id, url, version, name, title, status, method, item_count, imported_at, imported_by";

    private final JdbcClient jdbc;

    QuestionnaireDefinitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored definition in full. */
    public record Stored(QuestionnaireSummary summary, String contentHash, String original, String resource) {
    }

    /** Adds a definition unless one with its url and version is there; says whether it added it. */
    boolean insert(UUID id, Definition definition, String contentHash, String original, String resource,
            String importedBy) {
        return jdbc.sql("""
                insert into outcomes_questionnaire (id, url, version, name, title, status, method, item_count,
                    content_hash, original, resource, imported_by)
                values (:id, :url, :version, :name, :title, :status, :method, :items, :hash, :original,
                    cast(:resource as jsonb), :by)
                on conflict (url, version) do nothing
                """)
                .param("id", id).param("url", definition.ref().url()).param("version", definition.ref().version())
                .param("name", definition.name()).param("title", definition.title())
                .param("status", definition.status()).param("method", definition.rule().method().code())
                .param("items", definition.questions().size()).param("hash", contentHash)
                .param("original", original).param("resource", resource).param("by", importedBy)
                .update() == 1;
    }

    Optional<Stored> find(QuestionnaireRef ref) {
        return jdbc.sql("select " + SUMMARY + ", content_hash, original, resource::text as resource"
                        + " from outcomes_questionnaire where url = :url and version = :version")
                .param("url", ref.url()).param("version", ref.version())
                .query(QuestionnaireDefinitions::stored).optional();
    }

    public Optional<Stored> find(UUID id) {
        return jdbc.sql("select " + SUMMARY + ", content_hash, original, resource::text as resource"
                        + " from outcomes_questionnaire where id = :id")
                .param("id", id).query(QuestionnaireDefinitions::stored).optional();
    }

    List<QuestionnaireSummary> all() {
        return jdbc.sql("select " + SUMMARY + " from outcomes_questionnaire order by lower(title), title, url, imported_at")
                .query((rs, n) -> summary(rs)).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from outcomes_questionnaire").query(Long.class).single();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(summary(rs), rs.getString("content_hash"), rs.getString("original"), rs.getString("resource"));
    }

    private static QuestionnaireSummary summary(ResultSet rs) throws SQLException {
        return new QuestionnaireSummary(rs.getObject("id", UUID.class),
                new QuestionnaireRef(rs.getString("url"), rs.getString("version")), rs.getString("name"),
                rs.getString("title"), rs.getString("status"), rs.getString("method"), rs.getInt("item_count"),
                rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"));
    }
}
