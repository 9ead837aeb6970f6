package org.linkwork.directory.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SearchAdmissionTests {

    @Test
    void aSearchBeyondTheCoresWaitsUntilOneFinishesThenRuns() throws Exception {
        SearchAdmission.InTurn inTurn = new SearchAdmission.InTurn(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        CountDownLatch firstRunning = new CountDownLatch(1);

        Thread first = Thread.ofVirtual().start(() -> search(inTurn, () -> {
            ran.add("first");
            firstRunning.countDown();
            waitFor(firstMayFinish);
        }));
        firstRunning.await();
        Thread second = Thread.ofVirtual().start(() -> search(inTurn, () -> ran.add("second")));

        await().until(inTurn::waiting);
        assertThat(ran).containsExactly("first");

        firstMayFinish.countDown();
        first.join();
        second.join();
        assertThat(ran).containsExactly("first", "second");
        assertThat(inTurn.waiting()).isFalse();
    }

    private static void search(SearchAdmission.InTurn inTurn, Runnable work) {
        try {
            inTurn.doFilter(new MockHttpServletRequest("GET", "/find-support"), new MockHttpServletResponse(),
                    (request, response) -> work.run());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
