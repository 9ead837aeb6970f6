import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Client of the fault test: CLIENTS clients post referrals for SECONDS, each with an Idempotency-Key
 * of its own, and retry a referral with the same key and body, whatever went wrong (connection
 * refused while the app restarts, a reset, a timeout, 5xx), until it is acknowledged (201) or the
 * drain time after SECONDS runs out. Writes every acknowledged referral as "key,referral id" to
 * ACKED_FILE, and every key it ever sent to SENT_FILE, for the script to check against the database.
 *
 * <p>{@code java FaultClient.java BASE_URL CLIENTS SECONDS DRAIN_SECONDS RUN_ID ACKED_FILE SENT_FILE}
 */
public class FaultClient {

    record Outcome(String key, String referralId, int attempts) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        long drainSeconds = Long.parseLong(args[3]);
        String run = args[4];
        Path ackedFile = Path.of(args[5]);
        Path sentFile = Path.of(args[6]);
        URI baseUri = URI.create(base);
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(baseUri.getHost())) {
            throw new IllegalArgumentException("The fault test only sends traffic to this machine (loopback)");
        }
        String credentials = "Basic " + Base64.getEncoder()
                .encodeToString("referrer:demo-password".getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        long stopNewAt = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long giveUpAt = stopNewAt + Duration.ofSeconds(drainSeconds).toNanos();
        AtomicLong sequence = new AtomicLong();
        Map<String, Outcome> acknowledged = new ConcurrentHashMap<>();
        Map<String, Boolean> sent = new ConcurrentHashMap<>();
        AtomicLong retries = new AtomicLong();
        AtomicLong unacknowledged = new AtomicLong();
        Map<String, Boolean> refusals = new ConcurrentHashMap<>();
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < clients; w++) {
                workers.submit(() -> {
                    while (System.nanoTime() < stopNewAt) {
                        long n = sequence.incrementAndGet();
                        String key = run + "-" + n;
                        String body = body(run, n);
                        int attempts = 0;
                        while (true) {
                            attempts++;
                            sent.put(key, true);
                            String id;
                            try {
                                id = post(client, base, credentials, key, body);
                            } catch (IllegalStateException refused) {
                                refusals.put(key + ": " + refused.getMessage(), true);
                                break;
                            }
                            if (id != null) {
                                acknowledged.put(key, new Outcome(key, id, attempts));
                                break;
                            }
                            if (System.nanoTime() > giveUpAt) {
                                unacknowledged.incrementAndGet();
                                break;
                            }
                            retries.incrementAndGet();
                            Thread.sleep(200);
                        }
                    }
                    return null;
                });
            }
        }
        List<String> lines = new ArrayList<>();
        acknowledged.values().forEach(o -> lines.add(o.key() + "," + o.referralId()));
        Files.write(ackedFile, lines);
        Files.write(sentFile, new ArrayList<>(sent.keySet()));
        System.out.printf(Locale.ROOT, "sent=%d acknowledged=%d retries=%d never_acknowledged=%d refused=%d%n",
                sent.size(), acknowledged.size(), retries.get(), unacknowledged.get(), refusals.size());
        refusals.keySet().stream().limit(10).forEach(r -> System.out.println("  refused: " + r));
    }

    /** @return the referral's id when the request was acknowledged, or null to retry */
    private static String post(HttpClient client, String base, String credentials, String key, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/referrals"))
                .header("Authorization", credentials).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                String location = response.headers().firstValue("Location").orElseThrow();
                return location.substring(location.lastIndexOf('/') + 1);
            }
            if (response.statusCode() < 500 && response.statusCode() != 429) {
                throw new IllegalStateException("The app refused a referral it should take: " + response.statusCode()
                        + " " + response.body());
            }
            return null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String body(String run, long n) {
        LocalDate birth = LocalDate.of(1930 + (int) (n % 70), 1 + (int) (n % 12), 1 + (int) (n % 28));
        return """
                {"person": {"givenName": "Fault", "familyName": "Tester-%s", "birthDate": "%s", "postcode": "HX1 1UJ",
                  "phone": "01632 960%03d"},
                 "source": "gp", "reason": "fault run %s #%d (fictional)",
                 "needs": ["loneliness-social-connection"], "urgency": "routine", "consent": true}"""
                .formatted(letters(n), birth, n % 1000, run, n);
    }

    private static String letters(long n) {
        StringBuilder word = new StringBuilder();
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }
}
