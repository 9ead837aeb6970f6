package org.linkwork.referrals.inbox;

import java.util.Optional;
import java.util.UUID;
import org.linkwork.platform.NotFound;
import org.linkwork.referrals.OnwardReferralId;
import org.linkwork.referrals.ReferralId;
import org.linkwork.referrals.ReferralParties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who is party to an onward referral, read from the referral tables without a signed-in user. */
@Component
@Transactional(readOnly = true)
class Parties implements ReferralParties {

    /** How V40 writes who referred: the public form, or "api:" before the username for the JSON API. */
    private static final String PUBLIC = "public";
    private static final String API_PREFIX = "api:";

    private final JdbcClient jdbc;

    Parties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReferralParties.Parties of(OnwardReferralId id) {
        return jdbc.sql("""
                select o.referral_id, o.service_name, o.organisation_id, o.referred_by, r.allocated_to,
                    r.referred_by as referrer
                from onward_referral o join referral r on r.id = o.referral_id where o.id = :id
                """)
                .param("id", id.value())
                .query((rs, row) -> {
                    String referredOnBy = rs.getString("referred_by");
                    return new ReferralParties.Parties(id, new ReferralId(rs.getObject("referral_id", UUID.class)),
                            rs.getString("service_name"), rs.getString("organisation_id"),
                            Optional.ofNullable(rs.getString("allocated_to")).or(() -> Optional.of(referredOnBy)),
                            referrer(rs.getString("referrer")));
                })
                .optional().orElseThrow(() -> new NotFound("Onward referral", id));
    }

    private static Optional<String> referrer(String referredBy) {
        if (referredBy == null || referredBy.equals(PUBLIC)) {
            return Optional.empty();
        }
        return Optional.of(referredBy.startsWith(API_PREFIX) ? referredBy.substring(API_PREFIX.length()) : referredBy);
    }
}
