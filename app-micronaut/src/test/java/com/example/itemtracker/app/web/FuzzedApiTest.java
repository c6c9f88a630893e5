package com.example.itemtracker.app.web;

import com.example.itemtracker.app.harness.RawHttp;
import com.example.itemtracker.app.harness.RunningService;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static com.example.itemtracker.app.harness.ApiAssertions.ids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten thousand and more malformed requests over real HTTP, generated from a fixed seed (so a failure
 * reproduces): wrong JSON types, truncated, huge and deeply nested JSON, invalid UTF-8, lone
 * surrogates, control characters, odd methods, broken percent-encoding, repeated query parameters,
 * foreign CORS origins, wrong content types, bad ids and addresses. Every answer is a 4xx with an
 * {@code application/problem+json} body naming the status; none is a 5xx; nothing is stored or sent.
 */
class FuzzedApiTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 10_500;
    private static final String VALID = "{\"name\":\"Me\",\"guide\":\"java\",\"description\":\"A valid item\",\"status\":\"\",\"archived\":false}";
    private static final List<String> FIELDS = List.of("name", "guide", "description", "status", "archived");
    private static final JsonMapper JSON = JsonMapper.createDefault();

    record Case(String kind, String method, String target, Map<String, String> headers, byte[] body) {
    }

    private static final List<Function<Random, Case>> GENERATORS = List.of(
            FuzzedApiTest::wrongType, FuzzedApiTest::truncated, FuzzedApiTest::huge, FuzzedApiTest::deeplyNested,
            FuzzedApiTest::invalidUtf8, FuzzedApiTest::loneSurrogate, FuzzedApiTest::controlCharacter,
            FuzzedApiTest::oddMethod, FuzzedApiTest::brokenPercentEncoding, FuzzedApiTest::repeatedOrBadQuery,
            FuzzedApiTest::foreignOrigin, FuzzedApiTest::wrongContentType, FuzzedApiTest::badId, FuzzedApiTest::badReport);

    @Test
    void malformedRequestsAreAll4xxProblemsAndChangeNothing() throws Exception {
        try (RunningService service = RunningService.start(Map.of())) {
            int port = service.uri("/").getPort();
            List<String> before = ids(service.get("/api/items"));
            Random random = new Random(SEED);
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                cases.add(GENERATORS.get(i % GENERATORS.size()).apply(random));
            }

            ConcurrentMap<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<Future<String>> failures = new ArrayList<>();
            try (ExecutorService clients = Executors.newFixedThreadPool(4)) {
                for (Case c : cases) {
                    failures.add(clients.submit(() -> check(port, c, statuses)));
                }
            }
            List<String> wrong = new ArrayList<>();
            for (Future<String> failure : failures) {
                if (failure.get() != null) {
                    wrong.add(failure.get());
                }
            }
            System.out.println("[fuzz] " + cases.size() + " requests, by kind and status: " + new TreeMap<>(statuses));

            assertThat(wrong).as("requests not answered with a 4xx problem").isEmpty();
            assertThat(ids(service.get("/api/items"))).as("items stored by rejected requests").isEqualTo(before);
            Path outbox = Path.of(service.context().getProperty("item-tracker.report.outbox-dir", String.class).orElseThrow());
            assertThat(!Files.exists(outbox) || Files.list(outbox).findAny().isEmpty()).as("reports sent").isTrue();
        }
    }

    /** @return null when the answer is right, else what was wrong with it */
    private static String check(int port, Case c, ConcurrentMap<String, AtomicInteger> statuses) {
        RawHttp.Response response = RawHttp.send(port, c.method(), c.target(), c.headers(), c.body());
        statuses.computeIfAbsent(c.kind() + " " + response.status(), k -> new AtomicInteger()).incrementAndGet();
        String what = c.kind() + ": " + c.method() + " " + abbreviate(c.target()) + " -> " + response.status() + " "
                + abbreviate(response.text());
        if (response.status() < 400 || response.status() >= 500) {
            return what;
        }
        if (!"application/problem+json".equals(response.header("content-type"))) {
            return what + " (content-type " + response.header("content-type") + ")";
        }
        try {
            JsonNode problem = JSON.readValue(response.body(), JsonNode.class);
            if (problem.get("status").getIntValue() != response.status() || problem.get("detail").getStringValue().isBlank()
                    || response.text().toLowerCase().contains("exception") || response.text().contains("java.")) {
                return what;
            }
        } catch (IOException | RuntimeException e) {
            return what + " (not a problem document)";
        }
        return null;
    }

    // --- generators -------------------------------------------------------------------------------

    private static Case post(String kind, String target, byte[] body) {
        return new Case(kind, "POST", target, Map.of("Content-Type", "application/json"), body);
    }

    private static Case post(String kind, String body) {
        return post(kind, "/api/items", body.getBytes(StandardCharsets.UTF_8));
    }

    private static Case wrongType(Random random) {
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        List<String> values = field.equals("archived")
                ? List.of("\"yes\"", "1", "\"false\"", "true", "[]", "{}", "0.5")
                : List.of("1", "-7.5e3", "true", "false", "[\"a\"]", "{\"x\":1}", "[]", "{}");
        String value = values.get(random.nextInt(values.size()));
        return post("wrong-type", VALID.replaceFirst("\"" + field + "\":(\"[^\"]*\"|false)", "\"" + field + "\":" + value));
    }

    private static Case truncated(Random random) {
        return post("truncated", VALID.substring(0, random.nextInt(VALID.length())));
    }

    private static Case huge(Random random) {
        return random.nextBoolean()
                ? post("huge", VALID.replace("A valid item", "x".repeat(66_000 + random.nextInt(100_000))))
                : post("huge", VALID.replace("A valid item", "y".repeat(10_001 + random.nextInt(40_000))));
    }

    private static Case deeplyNested(Random random) {
        int depth = 500 + random.nextInt(20_000);
        String open = random.nextBoolean() ? "[" : "{\"name\":";
        String close = open.equals("[") ? "]" : "}";
        return post("deep", open.repeat(depth) + "1" + close.repeat(depth));
    }

    private static Case invalidUtf8(Random random) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        int at = VALID.indexOf("Me") + 1;
        body.write(valid, 0, at);
        // Bytes that are never valid where they stand: a lone continuation byte, or one UTF-8 never uses.
        byte[] neverValid = {(byte) 0x80, (byte) 0x9F, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xF5, (byte) 0xFE, (byte) 0xFF};
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            body.write(neverValid[random.nextInt(neverValid.length)]);
        }
        body.write(valid, at, valid.length - at);
        return post("invalid-utf8", "/api/items", body.toByteArray());
    }

    private static Case loneSurrogate(Random random) {
        String field = List.of("name", "guide", "description", "status").get(random.nextInt(4));
        String surrogate = String.format("\\\\u%04x", 0xD800 + random.nextInt(0x800));
        return post("surrogate", VALID.replaceFirst("\"" + field + "\":\"", "\"" + field + "\":\"" + surrogate));
    }

    private static Case controlCharacter(Random random) {
        int c = random.nextInt(0x20);
        while (c == '\t' || c == '\n') {
            c = random.nextInt(0x20);
        }
        String character = random.nextBoolean() ? String.format("\\\\u%04x", c) : String.valueOf((char) c);
        return post("control", VALID.replace("Me", "M" + character.replace("\\\\", "\\") + "e"));
    }

    private static Case oddMethod(Random random) {
        List<String> methods = List.of("PATCH", "DELETE", "TRACE", "PROPFIND", "MKCOL", "LINK", "FOO", "PUT", "POST");
        List<String> targets = List.of("/api/items", "/api/items/1", "/api/items/1:archive", "/api/items:report", "/health");
        String method = methods.get(random.nextInt(methods.size()));
        String target = targets.get(random.nextInt(targets.size()));
        if (method.equals("PUT") && target.endsWith(":archive") || method.equals("POST") && target.equals("/api/items")
                || method.equals("POST") && target.endsWith(":report")) {
            target = "/api/items/1";
        }
        return new Case("odd-method", method, target, Map.of(), null);
    }

    private static Case brokenPercentEncoding(Random random) {
        List<String> broken = List.of("%", "%Z", "%ZZ", "%G1", "%4", "%C0%80", "%FF", "%E2%82", "%u0041", "%%");
        String bad = broken.get(random.nextInt(broken.size()));
        List<String> targets = List.of("/api/items/" + bad, "/api/items/1" + bad + "archive", "/api/items?archived=" + bad,
                "/api/" + bad + "items", "/api/items" + bad + "report");
        return new Case("percent", random.nextBoolean() ? "GET" : "PUT", targets.get(random.nextInt(targets.size())), Map.of(), null);
    }

    private static Case repeatedOrBadQuery(Random random) {
        List<String> queries = List.of("archived=true&archived=false", "archived=&archived=true", "archived=yes",
                "archived=1", "archived=tru%20e", "archived", "archived=false&archived=false&archived=maybe");
        return new Case("query", "GET", "/api/items?" + queries.get(random.nextInt(queries.size())), Map.of(), null);
    }

    private static Case foreignOrigin(Random random) {
        String origin = List.of("http://evil.example", "https://localhost:3000", "http://localhost:3001", "null",
                "http://localhost:3000.evil.example").get(random.nextInt(5));
        return switch (random.nextInt(3)) {
            case 0 -> new Case("cors", "POST", "/api/items", Map.of("Content-Type", "application/json", "Origin", origin),
                    VALID.getBytes(StandardCharsets.UTF_8));
            case 1 -> new Case("cors", "GET", "/api/items", Map.of("Origin", origin), null);
            default -> new Case("cors", "OPTIONS", "/api/items", Map.of("Origin", origin, "Access-Control-Request-Method",
                    List.of("POST", "PUT", "DELETE").get(random.nextInt(3))), null);
        };
    }

    private static Case wrongContentType(Random random) {
        String type = List.of("text/plain", "application/xml", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded").get(random.nextInt(4));
        return new Case("content-type", "POST", random.nextBoolean() ? "/api/items" : "/api/items:report",
                Map.of("Content-Type", type), VALID.getBytes(StandardCharsets.UTF_8));
    }

    private static Case badId(Random random) {
        String id = List.of("0", "-1", "abc", "1.5", "99999999999999999999", "1e3", "+1", "0x10", "%201", "")
                .get(random.nextInt(10));
        return random.nextBoolean()
                ? new Case("id", "GET", "/api/items/" + id + (id.isEmpty() ? "x" : ""), Map.of(), null)
                : new Case("id", "PUT", "/api/items/" + id + ":archive", Map.of(), null);
    }

    private static Case badReport(Random random) {
        String email = List.of("\"not-an-address\"", "\"a@b.c, d@e.f\"", "\"A <a@example.com>\"", "\"to@example.com\\r\\nBcc: x@y.z\"",
                "\"\"", "42", "null", "[\"a@example.com\"]", "\"" + "a".repeat(300) + "@example.com\"").get(random.nextInt(9));
        return post("report", "/api/items:report", ("{\"email\":" + email + "}").getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

}
