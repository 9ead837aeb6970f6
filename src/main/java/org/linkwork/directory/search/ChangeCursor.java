package org.linkwork.directory.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * How far the index has followed the change log, and which earlier changes may still appear.
 *
 * <p>Change numbers are handed out when a change is written, not when its transaction commits, so
 * change 11 can become visible before change 10. Reading only "after the highest seen" would then
 * skip 10 for ever. So a number skipped over is remembered as a gap and looked for again until it
 * appears or until {@link #GAP_PATIENCE} has passed (a rolled-back transaction leaves a gap that
 * never fills). Not thread-safe: the follower uses it under its lock.
 */
final class ChangeCursor {

    /** Longer than any directory transaction runs. */
    static final Duration GAP_PATIENCE = Duration.ofMinutes(5);
    /**
     * Skips longer than this are not transactions in flight but a jump in the sequence (a
     * database failover may skip a block of numbers); they are not waited for.
     */
    static final int MAX_GAP_RUN = 1000;

    private long highest;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();

    private ChangeCursor(long highest) {
        this.highest = highest;
    }

    /**
     * After a full rebuild that read every change up to {@code latest}: the numbers from
     * {@code tailFrom} (exclusive) to {@code latest} that were not {@code present} may belong to
     * transactions that had not committed yet.
     */
    static ChangeCursor afterRebuild(long latest, long tailFrom, Collection<Long> present, Instant now) {
        ChangeCursor cursor = new ChangeCursor(tailFrom);
        cursor.saw(present.stream().filter(seq -> seq > tailFrom && seq <= latest).sorted().toList(), now);
        if (latest > cursor.highest) {
            cursor.skipTo(latest + 1, now);
            cursor.highest = latest;
        }
        return cursor;
    }

    /** Before any change after {@code seq} has been applied, with no gaps remembered. */
    static ChangeCursor startingAfter(long seq) {
        return new ChangeCursor(seq);
    }

    long highest() {
        return highest;
    }

    /** Records changes read: new ones above {@link #highest()} in ascending order, or gaps filled. */
    void saw(List<Long> seqs, Instant now) {
        for (long seq : seqs) {
            if (seq > highest) {
                skipTo(seq, now);
                highest = seq;
            } else {
                gaps.remove(seq);
            }
        }
    }

    /** The gaps still worth looking for, forgetting those waited for long enough. */
    List<Long> openGaps(Instant now) {
        gaps.values().removeIf(noticed -> !noticed.plus(GAP_PATIENCE).isAfter(now));
        return List.copyOf(gaps.keySet());
    }

    private void skipTo(long seq, Instant now) {
        long missing = seq - highest - 1;
        if (missing > 0 && missing <= MAX_GAP_RUN) {
            for (long gap = highest + 1; gap < seq; gap++) {
                gaps.putIfAbsent(gap, now);
            }
        }
    }
}
