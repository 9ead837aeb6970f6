package org.linkwork.directory.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What administrators decided about possible duplicates (table directory_duplicate_decision), so
 * that a decided pair is not offered again.
 */
@Repository
class DuplicateDecisions {

    static final String ORGANIZATION = "organization";
    static final String SERVICE = "service";

    private final JdbcClient jdbc;

    DuplicateDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One key for a pair in either order. */
    static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    Set<String> decidedPairs(String kind) {
        return new HashSet<>(jdbc.sql("select first_id || '|' || second_id from directory_duplicate_decision where kind = :kind")
                .param("kind", kind).query(String.class).list());
    }

    /**
     * @param keptId the record kept when merged, null when dismissed
     * @return false when the pair was decided already
     */
    boolean record(String kind, String a, String b, String decision, String keptId, String decidedBy) {
        List<String> pair = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
        return jdbc.sql("""
                insert into directory_duplicate_decision (kind, first_id, second_id, decision, kept_id, decided_by)
                values (:kind, :first, :second, :decision, :kept, :by)
                on conflict (kind, first_id, second_id) do nothing
                """)
                .param("kind", kind).param("first", pair.get(0)).param("second", pair.get(1))
                .param("decision", decision).param("kept", keptId).param("by", decidedBy)
                .update() == 1;
    }
}
