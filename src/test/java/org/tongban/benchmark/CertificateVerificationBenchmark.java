package org.tongban.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongban.certificate.RequestFixtures;
import org.tongban.certificate.RequestDetail;
import org.tongban.certificate.SubmittedRequest;

/**
 * The public verification page over HTTP on loopback with {@code benchmark.clients} concurrent clients (default 50),
 * each making {@code benchmark.requests} requests (default 40): opened by QR token, and by typed number. The app runs
 * in this JVM on a random port (its own context, so the per-client limits can be raised: on loopback all clients share
 * one address, and the point here is the page, not the limiter). Not a test: run with
 * <pre>./mvnw -B test -Dtest=CertificateVerificationBenchmark -Dexcluded.test.groups=none</pre>
 * Results go to stdout and target/benchmarks/certificate-verification.txt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tongban.certificate.verification.number-lookups=1000000",
        "tongban.certificate.verification.token-lookups=1000000"})
@Tag("benchmark")
class CertificateVerificationBenchmark {

    static final int CLIENTS = Integer.getInteger("benchmark.clients", 50);
    static final int REQUESTS = Integer.getInteger("benchmark.requests", 40);
    static final int CERTIFICATES = 200;

    @LocalServerPort
    int port;
    @Autowired
    RequestFixtures fixtures;

    @Test
    void verificationUnderConcurrentClients() throws Exception {
        List<String> tokens = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < CERTIFICATES; i++) {
            SubmittedRequest issued = fixtures.issued(RequestFixtures.VOLUNTEER);
            RequestDetail.CertificateSummary certificate = fixtures.detail(issued.id()).certificate();
            String query = URI.create(certificate.verificationUrl()).getRawQuery();
            tokens.add(query.substring(query.indexOf("t=") + 2));
            numbers.add(certificate.number());
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://127.0.0.1:" + port + "/verify";
        // Every kind once before measuring, so no kind pays for the JIT or the pools alone.
        IntFunction<String> byTokenUrl = index -> base + "?t=" + tokens.get(index % tokens.size());
        IntFunction<String> byNumberUrl = index -> base + "?number=" + numbers.get(index % numbers.size());
        IntFunction<String> tamperedUrl = index -> base + "?t=" + tokens.get(index % tokens.size()) + "x";
        for (IntFunction<String> kind : List.of(byTokenUrl, byNumberUrl, tamperedUrl)) {
            run(client, kind, CLIENTS * REQUESTS / 2);
        }

        Result byToken = run(client, byTokenUrl, CLIENTS * REQUESTS);
        Result byNumber = run(client, byNumberUrl, CLIENTS * REQUESTS);
        Result tampered = run(client, tamperedUrl, CLIENTS * REQUESTS);
        String report = String.format(Locale.ROOT, "verification page over loopback, %d concurrent clients:%n%s%s%s",
                CLIENTS, byToken.line("by QR token (valid)"), byNumber.line("by typed number (valid)"),
                tampered.line("by tampered token (not found, no database read)"));
        System.out.print(report);
        Path out = Path.of("target", "benchmarks", "certificate-verification.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** {@code total} GETs spread over the clients; each response must be 200 with a result on the page. */
    private static Result run(HttpClient client, IntFunction<String> url, int total) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Long>>> work = new ArrayList<>();
        int perClient = Math.max(1, total / CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int first = c * perClient;
            work.add(clients.submit(() -> {
                go.await();
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < perClient; i++) {
                    int index = first + i + ThreadLocalRandom.current().nextInt(7);
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url.apply(index)))
                            .header("Accept-Language", "zh-CN").GET().build(), HttpResponse.BodyHandlers.ofString());
                    times.add(System.nanoTime() - t0);
                    if (response.statusCode() != 200 || !response.body().contains("verify-status")) {
                        throw new IllegalStateException("Unexpected answer " + response.statusCode());
                    }
                }
                return times;
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> times : work) {
            all.addAll(times.get(5, TimeUnit.MINUTES));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        clients.shutdownNow();
        Collections.sort(all);
        return new Result(all, seconds);
    }

    private record Result(List<Long> sorted, double seconds) {

        String line(String label) {
            return String.format(Locale.ROOT, "  %s: %d requests in %.1f s = %.0f/s; median %.1f ms, p95 %.1f ms,"
                            + " p99 %.1f ms%n", label, sorted.size(), seconds, sorted.size() / seconds,
                    at(0.5), at(0.95), at(0.99));
        }

        private double at(double quantile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * quantile))) / 1e6;
        }
    }
}
