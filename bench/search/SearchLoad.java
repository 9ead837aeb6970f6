import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client of the search benchmark. It sends the same mix of searches to one Linkwork on
 * loopback, for a bounded time each, twice: from one client at a time (latency: what one person
 * waits), then from CONCURRENCY clients at once (throughput, and latency under that load). For
 * each it reports HTTP latency (p50, p99) and the Lucene time of the same requests as the server
 * reports it in its Server-Timing header.
 *
 * <p>Run with the JDK's source launcher: {@code java SearchLoad.java BASE_URL CONCURRENCY SECONDS}.
 */
public class SearchLoad {

    /** Searches as people make them on the find-support page, with its own parameter names. */
    private static final List<String> QUERIES = List.of(
            "q=arthritis", "q=walking+group", "q=chair+yoga&free=yes", "q=lonely", "q=debt+advice",
            "q=choir&day=tuesday", "need=msk-friendly-exercise", "q=garden&access=step-free",
            "q=swimming&age=70", "q=food+bank", "q=befriending&time=morning", "q=dementia+cafe",
            "need=physical-activity&free=yes&access=wheelchair-accessible", "q=back+pain",
            "q=men%27s+shed", "q=bereavement", "q=community+transport", "q=tai+chi&day=wednesday",
            "q=arthritis&where=HX1", "q=walking&where=HX7&within=5", "q=craft&where=OL14",
            "where=HD6&within=5", "q=peer+support&where=Halifax", "q=exercise&age=65&free=yes");

    private static final Pattern LUCENE = Pattern.compile("lucene;dur=([0-9.]+)");

    record Sample(long nanos, double luceneMillis, int status) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        URI baseUri = URI.create(base);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(baseUri.getHost())) {
            throw new IllegalArgumentException("The benchmark only sends traffic to this machine (loopback)");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

        // Warm-up: every query a few times, so that the JIT and caches settle before measuring.
        for (int i = 0; i < 20; i++) {
            for (String q : QUERIES) {
                send(client, base, q);
            }
        }

        boolean failed = run(client, base, 1, seconds, "one client");
        failed |= run(client, base, concurrency, seconds, concurrency + " clients");
        if (failed) {
            System.exit(1);
        }
    }

    /** One phase: {@code clients} clients for {@code seconds}; true when any request failed. */
    private static boolean run(HttpClient client, String base, int clients, int seconds, String name) throws Exception {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < clients; w++) {
                int worker = w;
                workers.submit(() -> {
                    int i = worker;
                    while (System.nanoTime() < deadline) {
                        Sample sample = send(client, base, QUERIES.get(i++ % QUERIES.size()));
                        if (sample.status() != 200) {
                            errors.incrementAndGet();
                        }
                        samples.add(sample);
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        report(name, new ArrayList<>(samples), errors.get(), elapsed);
        return errors.get() > 0;
    }

    private static Sample send(HttpClient client, String base, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/find-support?" + query))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(10)).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            double lucene = response.headers().firstValue("Server-Timing")
                    .map(LUCENE::matcher).filter(Matcher::find).map(m -> Double.parseDouble(m.group(1))).orElse(-1.0);
            return new Sample(nanos, lucene, response.statusCode());
        } catch (IOException | InterruptedException e) {
            return new Sample(System.nanoTime() - start, -1, 0);
        }
    }

    private static void report(String name, List<Sample> samples, long errors, double elapsed) {
        double[] http = samples.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
        double[] lucene = samples.stream().mapToDouble(Sample::luceneMillis).filter(v -> v >= 0).sorted().toArray();
        System.out.printf(Locale.ROOT, "[%s] requests=%d errors=%d seconds=%.1f throughput=%.0f/s%n",
                name, http.length, errors, elapsed, http.length / elapsed);
        System.out.printf(Locale.ROOT, "[%s] http_ms p50=%.2f p90=%.2f p99=%.2f max=%.2f%n", name,
                pct(http, 50), pct(http, 90), pct(http, 99), http.length == 0 ? 0 : http[http.length - 1]);
        if (lucene.length > 0) {
            System.out.printf(Locale.ROOT, "[%s] lucene_ms p50=%.3f p90=%.3f p99=%.3f (server-timing of the same requests)%n",
                    name, pct(lucene, 50), pct(lucene, 90), pct(lucene, 99));
            System.out.printf(Locale.ROOT, "[%s] http_over_lucene p50=%.1fx p99=%.1fx%n", name,
                    pct(http, 50) / Math.max(pct(lucene, 50), 1e-3), pct(http, 99) / Math.max(pct(lucene, 99), 1e-3));
        } else {
            System.out.printf("[%s] lucene_ms unavailable (no Server-Timing header)%n", name);
        }
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
