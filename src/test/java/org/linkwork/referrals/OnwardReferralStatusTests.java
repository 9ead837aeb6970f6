package org.linkwork.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkwork.referrals.OnwardReferralStatus.ACCEPTED;
import static org.linkwork.referrals.OnwardReferralStatus.CANCELLED;
import static org.linkwork.referrals.OnwardReferralStatus.COMPLETED;
import static org.linkwork.referrals.OnwardReferralStatus.ENTERED_IN_ERROR;
import static org.linkwork.referrals.OnwardReferralStatus.FAILED;
import static org.linkwork.referrals.OnwardReferralStatus.IN_PROGRESS;
import static org.linkwork.referrals.OnwardReferralStatus.ON_HOLD;
import static org.linkwork.referrals.OnwardReferralStatus.REJECTED;
import static org.linkwork.referrals.OnwardReferralStatus.REQUESTED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OnwardReferralStatusTests {

    /** The whole table of allowed moves, written out from the SDOH Clinical Care task states. */
    private static final Map<OnwardReferralStatus, Set<OnwardReferralStatus>> ALLOWED = Map.of(
            REQUESTED, EnumSet.of(ACCEPTED, REJECTED, CANCELLED, ENTERED_IN_ERROR),
            ACCEPTED, EnumSet.of(IN_PROGRESS, ON_HOLD, CANCELLED, COMPLETED, FAILED, ENTERED_IN_ERROR),
            IN_PROGRESS, EnumSet.of(ON_HOLD, CANCELLED, COMPLETED, FAILED, ENTERED_IN_ERROR),
            ON_HOLD, EnumSet.of(IN_PROGRESS, CANCELLED, COMPLETED, FAILED, ENTERED_IN_ERROR),
            REJECTED, EnumSet.of(ENTERED_IN_ERROR),
            CANCELLED, EnumSet.of(ENTERED_IN_ERROR),
            COMPLETED, EnumSet.of(ENTERED_IN_ERROR),
            FAILED, EnumSet.of(ENTERED_IN_ERROR),
            ENTERED_IN_ERROR, EnumSet.noneOf(OnwardReferralStatus.class));

    @ParameterizedTest
    @EnumSource(OnwardReferralStatus.class)
    void allowsExactlyTheMovesOfTheTaskStateMachine(OnwardReferralStatus from) {
        for (OnwardReferralStatus to : OnwardReferralStatus.values()) {
            assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
        }
    }

    @Test
    void refusesCompletionOfARequestedReferral() {
        assertThat(REQUESTED.canMoveTo(COMPLETED)).isFalse();
        assertThat(REQUESTED.canMoveTo(IN_PROGRESS)).isFalse();
    }

    @Test
    void asksForAReasonWhenRejectedCancelledOnHoldOrFailed() {
        assertThat(EnumSet.allOf(OnwardReferralStatus.class).stream().filter(OnwardReferralStatus::needsReason))
                .containsExactlyInAnyOrder(REJECTED, CANCELLED, ON_HOLD, FAILED);
    }

    @Test
    void readsAndWritesFhirTaskStatusCodes() {
        assertThat(OnwardReferralStatus.fromCode("in-progress")).isEqualTo(IN_PROGRESS);
        assertThat(ENTERED_IN_ERROR.code()).isEqualTo("entered-in-error");
        assertThat(OnwardReferralStatus.fromCode("On-Hold")).isEqualTo(ON_HOLD);
    }
}
