import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load client of the intake benchmark: CONCURRENCY clients post referrals to
 * {@code POST /api/v1/referrals} for SECONDS, each with its own Idempotency-Key, as a referrer
 * signed in with HTTP Basic. Every referral is for a different fictional person. Reports the rate
 * of referrals created and the latency of the requests.
 *
 * <p>Run with the JDK's source launcher: {@code java IntakeLoad.java BASE_URL CONCURRENCY SECONDS}.
 */
public class IntakeLoad {

    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1930, 1, 1);
    private static final long BIRTH_DATE_SPAN_DAYS = 28_500;

    private static final String[] GIVEN = {"Ada", "Bill", "Cara", "Dev", "Edna", "Frank", "Gita", "Hugh", "Iris", "Joe"};
    private static final String[] FAMILY = {"Ackroyd", "Barraclough", "Crabtree", "Dewhirst", "Greenwood", "Haigh",
            "Holroyd", "Mitchell", "Sutcliffe", "Wadsworth"};
    private static final String[] POSTCODES = {"HX1 1UJ", "HX7 8AD", "OL14 5AB", "HD6 1AA", "HX5 0AA", "HX3 8AA"};

    record Sample(long nanos, int status) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        // Where this run's people start, so that a second run refers new people rather than the first run's again.
        long firstNumber = args.length > 3 ? Long.parseLong(args[3]) : 0;
        URI baseUri = URI.create(base);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(baseUri.getHost())) {
            throw new IllegalArgumentException("The benchmark only sends traffic to this machine (loopback)");
        }
        String credentials = "Basic " + Base64.getEncoder()
                .encodeToString("referrer:demo-password".getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        AtomicLong sequence = new AtomicLong(firstNumber);
        for (int i = 0; i < 200; i++) {
            post(client, base, credentials, sequence.incrementAndGet());
        }

        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < concurrency; w++) {
                workers.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        samples.add(post(client, base, credentials, sequence.incrementAndGet()));
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Sample> all = new ArrayList<>(samples);
        long created = all.stream().filter(s -> s.status() == 201).count();
        double[] ms = all.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
        System.out.printf(Locale.ROOT, "referrals_created=%d errors=%d concurrency=%d seconds=%.1f rate=%.0f/s%n",
                created, all.size() - created, concurrency, elapsed, created / elapsed);
        System.out.printf(Locale.ROOT, "http_ms p50=%.2f p99=%.2f max=%.2f%n", pct(ms, 50), pct(ms, 99),
                ms.length == 0 ? 0 : ms[ms.length - 1]);
        if (created < all.size()) {
            System.out.println("statuses of failed requests: " + all.stream().filter(s -> s.status() != 201)
                    .collect(java.util.stream.Collectors.groupingBy(Sample::status, java.util.stream.Collectors.counting())));
            System.exit(1);
        }
    }

    private static Sample post(HttpClient client, String base, String credentials, long n) {
        // Adults born over about 78 years, spread as a borough's referrals are (a few thousand people a year
        // share few birth dates), not crowded onto a few hundred dates: every referral's duplicate check reads
        // the people born on its date, so crowding them would measure an intake no borough has.
        LocalDate birth = FIRST_BIRTH_DATE.plusDays(Math.floorMod(n * 7919L, BIRTH_DATE_SPAN_DAYS));
        String body = """
                {"person": {"givenName": "%s", "familyName": "%s-%s", "birthDate": "%s", "postcode": "%s",
                  "phone": "01632 960%03d"},
                 "source": "gp", "reason": "Lonely since moving; knee pain on stairs (benchmark, fictional)",
                 "needs": ["loneliness-social-connection", "msk-friendly-exercise"], "urgency": "routine",
                 "consent": true}""".formatted(GIVEN[(int) (n % GIVEN.length)], FAMILY[(int) (n / 7 % FAMILY.length)], letters(n),
                birth, POSTCODES[(int) (n % POSTCODES.length)], n % 1000);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/referrals"))
                .header("Authorization", credentials).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Sample(System.nanoTime() - start, response.statusCode());
        } catch (Exception e) {
            return new Sample(System.nanoTime() - start, 0);
        }
    }

    /** A number written in letters ("Bc"), so that every person has a name of their own. */
    private static String letters(long n) {
        StringBuilder word = new StringBuilder();
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
