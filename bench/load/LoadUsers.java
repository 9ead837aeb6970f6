import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load test's users: USERS simulated people for SECONDS, in the mix of a working day: members of
 * the public searching the directory, referrers sending referrals through the JSON API, link workers
 * on their caseload and triage queue (signed in at the page, as a browser is), providers on their
 * referrals inbox (page and API). Each user waits a little between actions, as people do. Prints, for
 * each kind of request, how many, how many failed, p50 and p99; exits 1 on any error.
 *
 * <p>{@code java LoadUsers.java BASE_URL USERS SECONDS}
 */
public class LoadUsers {

    record Sample(String kind, long nanos, int status) {
    }

    private static final String[] QUERIES = {"walking", "arthritis", "chair yoga", "loneliness", "debt advice",
            "gardening", "carers", "men's shed", "singing", "swimming", "food bank", "befriending"};
    private static final String[] POSTCODES = {"HX1 1UJ", "HX7 8AD", "OL14 5AB", "HD6 1AA", "HX5 0AA", "HX3 8AA"};
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int users = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(URI.create(base).getHost())) {
            throw new IllegalArgumentException("The load test only sends traffic to this machine (loopback)");
        }
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                int role = u % 10;
                pool.submit(() -> {
                    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
                    if (role < 4) {
                        publicSearcher(client, base, deadline, samples);
                    } else if (role < 6) {
                        referrer(client, base, deadline, samples);
                    } else if (role < 8) {
                        linkWorker(client, base, deadline, samples);
                    } else {
                        provider(client, base, deadline, samples);
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, List<Sample>> byKind = new TreeMap<>();
        samples.forEach(s -> byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
        long errors = 0;
        System.out.printf(Locale.ROOT, "users=%d seconds=%.1f requests=%d rate=%.0f/s%n", users, elapsed, samples.size(),
                samples.size() / elapsed);
        for (var entry : byKind.entrySet()) {
            List<Sample> list = entry.getValue();
            long failed = list.stream().filter(s -> s.status() == 0 || s.status() >= 400).count();
            errors += failed;
            double[] ms = list.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-22s n=%6d errors=%d p50=%.1f ms p99=%.1f ms%n", entry.getKey(), list.size(),
                    failed, pct(ms, 50), pct(ms, 99));
            if (failed > 0) {
                System.out.println("    statuses of the failed: " + list.stream().filter(s -> s.status() == 0 || s.status() >= 400)
                        .collect(java.util.stream.Collectors.groupingBy(Sample::status, java.util.stream.Collectors.counting())));
            }
        }
        System.out.println("errors=" + errors);
        if (errors > 0) {
            System.exit(1);
        }
    }

    private static void publicSearcher(HttpClient client, String base, long deadline, ConcurrentLinkedQueue<Sample> out) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < deadline) {
            String query = QUERIES[random.nextInt(QUERIES.length)];
            String postcode = POSTCODES[random.nextInt(POSTCODES.length)];
            out.add(get(client, base + "/find-support?q=" + enc(query) + "&postcode=" + enc(postcode), "search", null));
            think();
        }
    }

    private static void referrer(HttpClient client, String base, long deadline, ConcurrentLinkedQueue<Sample> out) {
        String basic = basic("referrer");
        while (System.nanoTime() < deadline) {
            long n = SEQUENCE.incrementAndGet();
            LocalDate birth = LocalDate.of(1930 + (int) (n % 70), 1 + (int) (n % 12), 1 + (int) (n % 28));
            String body = """
                    {"person": {"givenName": "Load", "familyName": "User-%s", "birthDate": "%s", "postcode": "HX1 1UJ",
                      "phone": "01632 960%03d"},
                     "source": "gp", "reason": "load test (fictional)", "needs": ["loneliness-social-connection"],
                     "urgency": "routine", "consent": true}""".formatted(letters(n), birth, n % 1000);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/referrals"))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString()).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            out.add(send(client, request, "referral intake"));
            think();
        }
    }

    private static void linkWorker(HttpClient client, String base, long deadline, ConcurrentLinkedQueue<Sample> out) {
        signIn(client, base, "linkworker", out);
        while (System.nanoTime() < deadline) {
            out.add(get(client, base + "/caseload", "caseload", null));
            think();
            out.add(get(client, base + "/referrals", "triage queue", null));
            think();
        }
    }

    private static void provider(HttpClient client, String base, long deadline, ConcurrentLinkedQueue<Sample> out) {
        signIn(client, base, "provider", out);
        String basic = basic("provider");
        while (System.nanoTime() < deadline) {
            out.add(get(client, base + "/provider/referrals", "provider inbox", null));
            think();
            out.add(get(client, base + "/api/v1/provider/referrals", "provider inbox api", basic));
            think();
        }
    }

    private static void signIn(HttpClient client, String base, String username, ConcurrentLinkedQueue<Sample> out) {
        try {
            String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = CSRF.matcher(page);
            if (!token.find()) {
                throw new IllegalStateException("No CSRF token on the sign-in page");
            }
            String form = "username=" + enc(username) + "&password=demo-password&_csrf=" + enc(token.group(1));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            Sample sample = send(client, request, "sign in");
            out.add(new Sample(sample.kind(), sample.nanos(), sample.status() == 302 ? 200 : sample.status()));
        } catch (Exception e) {
            out.add(new Sample("sign in", 0, 0));
        }
    }

    private static Sample get(HttpClient client, String url, String kind, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(client, request.build(), kind);
    }

    private static Sample send(HttpClient client, HttpRequest request, String kind) {
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            // A page that sends a signed-in user to sign in again has failed them.
            if (status == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login")) {
                status = 401;
            }
            return new Sample(kind, System.nanoTime() - start, status);
        } catch (Exception e) {
            return new Sample(kind, System.nanoTime() - start, 0);
        }
    }

    /** People pause between actions: 50-250 ms here, so that 50 users make a busy day, not a flood. */
    private static void think() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(50, 250));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A number written in letters ("Bc"): names are letters, so every load user has a name of their own. */
    private static String letters(long n) {
        StringBuilder word = new StringBuilder();
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo-password").getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
