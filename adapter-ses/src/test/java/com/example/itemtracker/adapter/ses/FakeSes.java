package com.example.itemtracker.adapter.ses;

import com.example.itemtracker.testsupport.FaultQueue;
import com.example.itemtracker.testsupport.SigV4;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process Amazon SES endpoint speaking SES's Query protocol over real HTTP (and refusing, as SES
 * does, a request whose SigV4 signature does not match what arrived): form-encoded
 * {@code Action=SendEmail} / {@code Action=SendRawEmail} requests, XML responses, and errors as
 * SES writes them ({@code <ErrorResponse><Error><Type/><Code/><Message/></Error>}). The real SDK
 * talks to it through its endpoint override. Test code (shipped in this module's test-jar).
 */
public final class FakeSes implements AutoCloseable {

    private static final String NAMESPACE = "http://ses.amazonaws.com/doc/2010-12-01/";

    /**
     * One request as SES received it: the action, its decoded form parameters, and how they came (the
     * Content-Type, the query string, and whether the body was as long as its Content-Length said).
     */
    public record Received(String action, Map<String, String> parameters, String contentType, String query,
                           boolean lengthAsDeclared) {

        /** The MIME bytes of a SendRawEmail. */
        public byte[] rawMessage() {
            return Base64.getDecoder().decode(parameters.get("RawMessage.Data"));
        }
    }

    private record Failure(int status, String code, String message) {
    }

    private final SigV4 signatures;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final FaultQueue<Failure> failures = new FaultQueue<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** A fake SES for the credentials of {@link com.example.itemtracker.testsupport.FakeAws}. */
    public FakeSes() throws IOException {
        this(SigV4.FAKE_AWS);
    }

    /** A fake SES that takes requests signed with these credentials only. */
    public FakeSes(SigV4 signatures) throws IOException {
        this.signatures = signatures;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The next call answers with this SES error (queued: several calls fail in order). */
    public void failNext(int status, String code, String message) {
        failures.add(new Failure(status, code, message));
    }

    public void reset() {
        failures.clear();
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            Optional<String> unsigned = signatures.mismatch(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
            if (unsigned.isPresent()) {
                error(exchange, 403, "SignatureDoesNotMatch", unsigned.get());
                return;
            }
            Map<String, String> form = parseForm(new String(body, StandardCharsets.UTF_8));
            String action = form.getOrDefault("Action", "");
            String declared = exchange.getRequestHeaders().getFirst("Content-Length");
            received.add(new Received(action, form, exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestURI().getRawQuery(), declared != null && Long.parseLong(declared) == body.length));
            Failure failure = failures.next();
            if (failure != null) {
                error(exchange, failure.status(), failure.code(), failure.message());
                return;
            }
            if (!action.equals("SendEmail") && !action.equals("SendRawEmail")) {
                error(exchange, 400, "InvalidAction", "Unknown action " + action);
                return;
            }
            String messageId = "fake-" + ids.incrementAndGet();
            reply(exchange, 200, "<" + action + "Response xmlns=\"" + NAMESPACE + "\"><" + action + "Result><MessageId>"
                    + messageId + "</MessageId></" + action + "Result><ResponseMetadata><RequestId>fake-request"
                    + "</RequestId></ResponseMetadata></" + action + "Response>");
        }
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        reply(exchange, status, "<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error><Type>Sender</Type><Code>" + code
                + "</Code><Message>" + xml(message) + "</Message></Error><RequestId>fake-request</RequestId></ErrorResponse>");
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(key, value);
        }
        return form;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
