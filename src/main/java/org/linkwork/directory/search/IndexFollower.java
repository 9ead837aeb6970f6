package org.linkwork.directory.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.linkwork.directory.Directory;
import org.linkwork.directory.LinkworkTaxonomies;
import org.linkwork.directory.ServiceChanged;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.directory.internal.ChangeLog;
import org.linkwork.place.GeoPoint;
import org.linkwork.place.Places;
import org.linkwork.place.Ward;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.WebApplicationContext;

/**
 * Keeps the search index true to the directory: builds it whole when the application is ready
 * (after the demo data and the reference taxonomies are in), then follows the change log.
 *
 * <p>A change made on this node is applied as soon as its transaction commits, before the call
 * that made it returns, so whoever saved a listing finds it at once. Changes made on other nodes
 * are picked up by polling the change log every {@code linkwork.search.follow-interval} (two
 * seconds unless set).
 */
@Component
class IndexFollower {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    private static final int BATCH = 500;
    private static final int PAGE = 1000;
    /**
     * After a commit, how long to wait for another thread that is catching up (usually a few
     * milliseconds) before leaving the change to the next poll. Bounded because the waiting thread
     * still holds its database connection: many of them must not starve the one that needs one.
     */
    private static final long COMMIT_WAIT_MILLIS = 5000;

    private final ServiceIndex index;
    private final Directory directory;
    private final ChangeLog changeLog;
    private final Places places;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean ready;
    /** Guarded by {@link #lock}. */
    private ChangeCursor cursor;
    /** Guarded by {@link #lock}: the index holds changes not yet committed with {@link #saveProgress()}. */
    private boolean unsaved;

    IndexFollower(ServiceIndex index, Directory directory, ChangeLog changeLog, Places places,
            ObjectProvider<Clock> clock) {
        this.index = index;
        this.directory = directory;
        this.changeLog = changeLog;
        this.places = places;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The index has been built or resumed, and searches see the whole directory. */
    boolean isReady() {
        return ready;
    }

    /**
     * Command-line tasks (an ORUK import) run without a web server and never search: they skip
     * the build rather than index a directory they are about to change.
     */
    @EventListener
    void buildWhenReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebApplicationContext) {
            start();
        }
    }

    /**
     * Resumes an index saved by an earlier run against this database, or builds one afresh. A
     * saved index is trusted only when the change it last applied is still in the log with the
     * same time; then the changes written since, and those it was still waiting for when saved
     * (transactions that had not committed yet), are applied.
     *
     * @return true when a saved index was resumed, false when the index was built afresh
     */
    boolean start() {
        Optional<ServiceIndex.Saved> saved = index.saved()
                .filter(s -> s.seq() > 0 && changeLog.changedAt(s.seq()).filter(s.seqAt()::equals).isPresent());
        if (saved.isEmpty()) {
            rebuild();
            return false;
        }
        lock.lock();
        try {
            index.useVocabulary(loadVocabulary());
            cursor = ChangeCursor.resumed(saved.get().seq(), saved.get().gaps(), clock.instant());
            ready = true;
        } finally {
            lock.unlock();
        }
        int applied = catchUp(true);
        log.info("Search index resumed with {} services; {} changed since it was saved", index.size(), applied);
        saveProgress();
        return true;
    }

    /** Builds the index afresh from the directory, then applies what changed meanwhile. */
    void rebuild() {
        lock.lock();
        try {
            long started = System.nanoTime();
            long latest = changeLog.latest();
            long tailFrom = Math.max(0, latest - ChangeCursor.MAX_GAP_RUN);
            List<Long> tail = changeLog.after(tailFrom, ChangeCursor.MAX_GAP_RUN).stream()
                    .map(ChangeLog.Change::seq).toList();
            index.useVocabulary(loadVocabulary());
            index.clear();
            Function<GeoPoint, Optional<String>> wardOf = wardLookup();
            int[] count = {0};
            directory.forEachService(BATCH, batch -> {
                batch.forEach(detail -> index.put(detail, wardOf));
                count[0] += batch.size();
            });
            index.compact();
            index.refresh();
            cursor = ChangeCursor.afterRebuild(latest, tailFrom, tail, clock.instant());
            ready = true;
            unsaved = true;
            log.info("Search index built: {} of {} services listed, in {} ms", index.size(), count[0],
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            lock.unlock();
        }
        catchUp(true);
        saveProgress();
    }

    /**
     * Commits the index with how far it has followed the change log, when it changed since the
     * last time: on every poll, so that a restart has little to catch up on.
     */
    void saveProgress() {
        lock.lock();
        try {
            if (!unsaved) {
                return;
            }
            long seq = cursor.highest();
            Optional<Instant> at = seq > 0 ? changeLog.changedAt(seq) : Optional.empty();
            if (at.isPresent()) {
                index.save(new ServiceIndex.Saved(seq, at.get(), cursor.gaps()));
            }
            unsaved = false;
        } catch (RuntimeException e) {
            log.warn("Could not save the search index; it will be rebuilt at the next start if need be", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Catches up once the transaction that announced the change commits: once for each
     * transaction, however many services it changed (an import changes thousands).
     */
    @EventListener
    void serviceChanged(ServiceChanged event) {
        if (!ready) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            catchUp(false);
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                catchUp(false);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(IndexFollower.this);
            }
        });
    }

    /** Changes made on other nodes, and anything a busy moment left behind. */
    @Scheduled(fixedDelayString = "${linkwork.search.follow-interval:2s}",
            initialDelayString = "${linkwork.search.follow-interval:2s}")
    void poll() {
        if (ready && lock.tryLock()) {
            try {
                follow();
                saveProgress();
            } catch (RuntimeException e) {
                log.warn("Could not follow the directory's change log; will try again", e);
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Applies every change in the log not yet applied. Never throws: the change is committed
     * whatever happens here, and the next poll tries again.
     *
     * @param wait wait for another thread that is catching up for as long as it takes; otherwise
     *             for {@link #COMMIT_WAIT_MILLIS} at most
     * @return how many services were updated, or -1 when it did not run
     */
    int catchUp(boolean wait) {
        if (!ready) {
            return -1;
        }
        try {
            if (wait) {
                lock.lock();
            } else if (!lock.tryLock(COMMIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return -1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        try {
            return follow();
        } catch (RuntimeException e) {
            log.warn("Could not bring the search index up to date; the next poll will try again", e);
            return -1;
        } finally {
            lock.unlock();
        }
    }

    private int follow() {
        Set<String> changed = new LinkedHashSet<>();
        for (List<ChangeLog.Change> page = changeLog.after(cursor.highest(), PAGE); !page.isEmpty();
                page = changeLog.after(cursor.highest(), PAGE)) {
            cursor.saw(page.stream().map(ChangeLog.Change::seq).toList(), clock.instant());
            page.forEach(c -> changed.add(c.serviceId()));
        }
        for (long gap : cursor.openGaps(clock.instant())) {
            changeLog.after(gap - 1, 1).stream().filter(c -> c.seq() == gap).findFirst().ifPresent(c -> {
                cursor.saw(List.of(gap), clock.instant());
                changed.add(c.serviceId());
            });
        }
        if (changed.isEmpty()) {
            return 0;
        }
        index.useVocabulary(loadVocabulary());
        Function<GeoPoint, Optional<String>> wardOf = wardLookup();
        List<String> ids = new ArrayList<>(changed);
        for (int from = 0; from < ids.size(); from += BATCH) {
            apply(ids.subList(from, Math.min(ids.size(), from + BATCH)), wardOf);
        }
        index.refresh();
        unsaved = true;
        return ids.size();
    }

    private void apply(Collection<String> ids, Function<GeoPoint, Optional<String>> wardOf) {
        List<ServiceDetail> details = directory.serviceDetails(ids);
        Set<String> found = new LinkedHashSet<>();
        for (ServiceDetail detail : details) {
            index.put(detail, wardOf);
            found.add(detail.service().id());
        }
        ids.stream().filter(id -> !found.contains(id)).forEach(index::remove);
    }

    private Vocabulary loadVocabulary() {
        return new Vocabulary(Stream.of(LinkworkTaxonomies.NEEDS, LinkworkTaxonomies.ACCESSIBILITY,
                        LinkworkTaxonomies.ELIGIBILITY)
                .flatMap(taxonomy -> directory.taxonomyTerms(taxonomy).stream()).toList());
    }

    /** Many services share a venue: each point is looked up once a batch of work. */
    private Function<GeoPoint, Optional<String>> wardLookup() {
        Map<GeoPoint, Optional<String>> known = new HashMap<>();
        return point -> known.computeIfAbsent(point, p -> places.wardContaining(p).map(Ward::code));
    }
}
