package org.linkwork.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeCursorTests {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void resumesWithTheGapsItWasStillWaitingFor() {
        ChangeCursor cursor = ChangeCursor.resumed(20, List.of(17L, 19L, 25L), NOW);

        assertThat(cursor.highest()).isEqualTo(20);
        assertThat(cursor.openGaps(NOW)).containsExactly(17L, 19L);
        cursor.saw(List.of(19L, 21L), NOW);
        assertThat(cursor.gaps()).containsExactly(17L);
    }

    @Test
    void remembersAChangeNumberSkippedUntilItAppears() {
        ChangeCursor cursor = ChangeCursor.afterRebuild(10, 0, List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), NOW);

        cursor.saw(List.of(11L, 13L), NOW);
        assertThat(cursor.highest()).isEqualTo(13);
        assertThat(cursor.openGaps(NOW)).containsExactly(12L);

        cursor.saw(List.of(12L), NOW.plusSeconds(1));
        assertThat(cursor.openGaps(NOW.plusSeconds(1))).isEmpty();
        assertThat(cursor.highest()).isEqualTo(13);
    }

    @Test
    void treatsNumbersMissingBeforeARebuildAsPossiblyInFlight() {
        ChangeCursor cursor = ChangeCursor.afterRebuild(10, 4, List.of(5L, 6L, 8L, 9L), NOW);

        assertThat(cursor.highest()).isEqualTo(10);
        assertThat(cursor.openGaps(NOW)).containsExactly(7L, 10L);
    }

    @Test
    void stopsWaitingForAGapThatNeverFills() {
        ChangeCursor cursor = ChangeCursor.afterRebuild(0, 0, List.of(), NOW);
        cursor.saw(List.of(2L), NOW);

        assertThat(cursor.openGaps(NOW.plus(ChangeCursor.GAP_PATIENCE).minusSeconds(1))).containsExactly(1L);
        assertThat(cursor.openGaps(NOW.plus(ChangeCursor.GAP_PATIENCE))).isEmpty();
    }

    @Test
    void doesNotWaitForALargeJumpInTheSequence() {
        ChangeCursor cursor = ChangeCursor.afterRebuild(5, 0, List.of(1L, 2L, 3L, 4L, 5L), NOW);

        cursor.saw(List.of(5L + ChangeCursor.MAX_GAP_RUN + 2), NOW);

        assertThat(cursor.openGaps(NOW)).isEmpty();
    }
}
