package org.linkwork.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.linkwork.referrals.OnwardKind;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.OnwardReferralChange;
import org.linkwork.referrals.OnwardReferralId;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.Reason;
import org.linkwork.referrals.ReasonCode;
import org.linkwork.referrals.ReferralId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The onward_referral table and its history.
 */
@Repository
class OnwardReferralRecords {

    private static final String COLUMNS = """
            id, referral_id, service_id, service_name, organisation_id, organisation_name, kind, status, note,
            referred_by, created_at, updated_at, version
            """;

    private final JdbcClient jdbc;

    OnwardReferralRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The row as stored, before its history is read. */
    record Row(OnwardReferralId id, ReferralId referralId, String serviceId, String serviceName, String organisationId,
            String organisationName, OnwardKind kind, Optional<OnwardReferralStatus> status, String note,
            String referredBy, java.time.Instant createdAt, java.time.Instant updatedAt, int version) {

        OnwardReferral with(List<OnwardReferralChange> history) {
            return new OnwardReferral(id, referralId, serviceId, serviceName, organisationId, organisationName, kind,
                    status, note, referredBy, createdAt, updatedAt, version, history);
        }
    }

    void insert(OnwardReferralId id, ReferralId referralId, String serviceId, String serviceName,
            String organisationId, String organisationName, OnwardKind kind, OnwardReferralStatus status,
            String note, String actor) {
        jdbc.sql("""
                insert into onward_referral (id, referral_id, service_id, service_name, organisation_id,
                    organisation_name, kind, status, note, referred_by)
                values (:id, :referralId, :serviceId, :serviceName, :organisationId, :organisationName, :kind,
                    :status, :note, :actor)
                """)
                .param("id", id.value())
                .param("referralId", referralId.value())
                .param("serviceId", serviceId)
                .param("serviceName", serviceName)
                .param("organisationId", organisationId)
                .param("organisationName", organisationName)
                .param("kind", kind.code())
                .param("status", status == null ? null : status.code())
                .param("note", note)
                .param("actor", actor)
                .update();
    }

    Optional<Row> find(OnwardReferralId id) {
        return jdbc.sql("select " + COLUMNS + " from onward_referral where id = :id")
                .param("id", id.value()).query(OnwardReferralRecords::row).optional();
    }

    Optional<Row> lock(OnwardReferralId id) {
        return jdbc.sql("select " + COLUMNS + " from onward_referral where id = :id for update")
                .param("id", id.value()).query(OnwardReferralRecords::row).optional();
    }

    boolean changeStatus(OnwardReferralId id, int version, OnwardReferralStatus status) {
        return jdbc.sql("""
                update onward_referral set status = :status, updated_at = now(), version = version + 1
                where id = :id and version = :version
                """)
                .param("id", id.value())
                .param("version", version)
                .param("status", status.code())
                .update() == 1;
    }

    void history(OnwardReferralId id, OnwardReferralStatus from, OnwardReferralStatus to, Reason reason, String actor) {
        jdbc.sql("""
                insert into onward_referral_history (onward_referral_id, from_status, to_status, reason_code,
                    reason_text, actor)
                values (:id, :from, :to, :reasonCode, :reasonText, :actor)
                """)
                .param("id", id.value())
                .param("from", from == null ? null : from.code())
                .param("to", to.code())
                .param("reasonCode", reason.code().map(ReasonCode::code).orElse(null))
                .param("reasonText", reason.text())
                .param("actor", actor)
                .update();
    }

    List<OnwardReferral> ofReferral(ReferralId referralId) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from onward_referral where referral_id = :id order by created_at, id")
                .param("id", referralId.value()).query(OnwardReferralRecords::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<OnwardReferralId, List<OnwardReferralChange>> histories = new LinkedHashMap<>();
        rows.forEach(r -> histories.put(r.id(), new ArrayList<>()));
        jdbc.sql("""
                select h.onward_referral_id, h.from_status, h.to_status, h.reason_code, h.reason_text, h.actor,
                    h.occurred_at
                from onward_referral_history h join onward_referral o on o.id = h.onward_referral_id
                where o.referral_id = :id order by h.id
                """)
                .param("id", referralId.value())
                .query((rs, row) -> {
                    histories.get(new OnwardReferralId(rs.getObject("onward_referral_id", UUID.class))).add(change(rs));
                    return null;
                }).list();
        return rows.stream().map(r -> r.with(histories.get(r.id()))).toList();
    }

    List<OnwardReferralChange> historyOf(OnwardReferralId id) {
        return jdbc.sql("""
                select from_status, to_status, reason_code, reason_text, actor, occurred_at
                from onward_referral_history where onward_referral_id = :id order by id
                """)
                .param("id", id.value())
                .query((rs, row) -> change(rs)).list();
    }

    private static OnwardReferralChange change(ResultSet rs) throws SQLException {
        String from = rs.getString("from_status");
        String code = rs.getString("reason_code");
        return new OnwardReferralChange(Optional.ofNullable(from).map(OnwardReferralStatus::fromCode),
                OnwardReferralStatus.fromCode(rs.getString("to_status")),
                new Reason(code == null ? Optional.empty() : ReasonCode.fromCode(code), rs.getString("reason_text")),
                rs.getString("actor"), ReferralRecords.instant(rs, "occurred_at"));
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("status");
        return new Row(new OnwardReferralId(rs.getObject("id", UUID.class)),
                new ReferralId(rs.getObject("referral_id", UUID.class)), rs.getString("service_id"),
                rs.getString("service_name"), rs.getString("organisation_id"), rs.getString("organisation_name"),
                "signpost".equals(rs.getString("kind")) ? OnwardKind.SIGNPOST : OnwardKind.REFERRAL,
                Optional.ofNullable(status).map(OnwardReferralStatus::fromCode), rs.getString("note"),
                rs.getString("referred_by"), ReferralRecords.instant(rs, "created_at"),
                ReferralRecords.instant(rs, "updated_at"), rs.getInt("version"));
    }
}
