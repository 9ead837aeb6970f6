package org.linkwork.referrals.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.linkwork.referrals.IdempotencyKey;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.Receipt;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Group commit for the JSON API's intake. Requests arriving together are handed to a few writer
 * threads, each of which receives what is waiting, up to a batch, in one transaction
 * ({@link ReferralIntake#receiveAll}) and answers every request of the batch once it has committed:
 * a referral acknowledged to a client is stored, and one commit and a few multi-row statements
 * serve many referrals, instead of some fifteen round trips and a commit each.
 *
 * <p>Anything off the usual path (a problem with what was sent, a replayed or reused Idempotency-Key,
 * a batch whose transaction failed) is given back to its request, which receives it on its own thread
 * in a transaction of its own, exactly as without batching: one bad referral never fails the others.
 * A request already inside a transaction, and the forms' doors, are received inline as before.
 */
@Component
class IntakeWriter implements SmartLifecycle {

    private record Pending(ReferralIntake.Arrival arrival, SecurityContext context,
            CompletableFuture<Optional<Receipt>> done) {
    }

    private final ReferralIntake intake;
    private final int writers;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    IntakeWriter(ReferralIntake intake, ReferralSettings settings) {
        this.intake = intake;
        this.writers = Math.max(0, settings.intake().writers());
        this.maxBatch = Math.max(1, settings.intake().maxBatch());
    }

    Receipt receive(NewReferral referral, Optional<IdempotencyKey> key) {
        key.ifPresent(ReferralIntake::checkKey);
        if (!running || referral.door() != NewReferral.Door.API
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return alone(referral, key);
        }
        Pending pending = new Pending(new ReferralIntake.Arrival(referral, key), SecurityContextHolder.getContext(),
                new CompletableFuture<>());
        queue.add(pending);
        if (!running && queue.remove(pending)) {
            // Stopped meanwhile, and no writer took it.
            return alone(referral, key);
        }
        Optional<Receipt> receipt;
        try {
            receipt = pending.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the referral was being stored; retry with the same "
                    + "Idempotency-Key to learn whether it was", e);
        } catch (ExecutionException e) {
            receipt = Optional.empty();
        }
        return receipt.orElseGet(() -> alone(referral, key));
    }

    private Receipt alone(NewReferral referral, Optional<IdempotencyKey> key) {
        return key.isPresent() ? intake.receive(referral, key.get()) : intake.receive(referral);
    }

    private void write() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                // One batch acts for one caller, since what is written names who did it.
                Map<String, List<Pending>> byCaller = new LinkedHashMap<>();
                batch.forEach(p -> byCaller.computeIfAbsent(callerOf(p), c -> new ArrayList<>()).add(p));
                byCaller.values().forEach(this::write);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.forEach(p -> p.done().complete(Optional.empty()));
                batch.clear();
            }
        }
    }

    private static String callerOf(Pending pending) {
        Authentication authentication = pending.context().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    private void write(List<Pending> batch) {
        SecurityContextHolder.setContext(batch.getFirst().context());
        try {
            // Returns once committed; a failure rolls everything back and each request tries alone.
            List<Optional<Receipt>> receipts = intake.receiveAll(batch.stream().map(Pending::arrival).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(receipts.get(i));
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.done().complete(Optional.empty()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Override
    public synchronized void start() {
        if (running || writers == 0) {
            return;
        }
        running = true;
        for (int i = 0; i < writers; i++) {
            Thread thread = Thread.ofPlatform().name("referral-intake-" + i).daemon().start(this::write);
            threads.add(thread);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        // Whatever is left is received by its own request.
        Pending left;
        while ((left = queue.poll()) != null) {
            left.done().complete(Optional.empty());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
