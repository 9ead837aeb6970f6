package org.linkwork.directory.search.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets as many searches run at once as there are cores, the others waiting their turn in order of arrival.
 * A search is all CPU (Lucene, then the page), and virtual threads are not time-sliced: with more searches
 * than cores, which one ran next was left to the scheduler, and under load a few waited seconds while
 * later ones went first (p99 of seconds, p50 of tens of milliseconds). Waiting here costs a parked virtual
 * thread, and the order is kept.
 */
@Configuration(proxyBeanMethods = false)
class SearchAdmission {

    @Bean
    FilterRegistrationBean<InTurn> searchesInTurn() {
        FilterRegistrationBean<InTurn> registration = new FilterRegistrationBean<>(
                new InTurn(Runtime.getRuntime().availableProcessors()));
        registration.addUrlPatterns("/find-support");
        return registration;
    }

    static final class InTurn extends OncePerRequestFilter {

        private final Semaphore running;

        InTurn(int atOnce) {
            this.running = new Semaphore(Math.max(1, atOnce), true);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            running.acquireUninterruptibly();
            try {
                chain.doFilter(request, response);
            } finally {
                running.release();
            }
        }

        /** Whether a search is waiting its turn. */
        boolean waiting() {
            return running.hasQueuedThreads();
        }
    }
}
