package com.example.itemtracker.app.security;

import com.example.itemtracker.app.harness.RunningService;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static com.example.itemtracker.app.harness.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issuer's keys are read once, and read again when a token names a key not among them: a
 * provider that rotates its key keeps working, and a stream of tokens naming made-up keys does not
 * make the service ask the provider on each (at most twice in 30 s). The provider here is a small one
 * of the test's own, since it must change its keys while the service runs; it signs with ES256.
 */
class KeyRotationTest {

    private static final String CLIENT = "rotating-client";

    @Test
    void aNewKeyIsFetchedWhenATokenNamesItAndMadeUpKeysDoNotHammerTheProvider() throws Exception {
        ECKey first = new ECKeyGenerator(Curve.P_256).keyID("first").generate();
        ECKey second = new ECKeyGenerator(Curve.P_256).keyID("second").generate();
        ECKey madeUp = new ECKeyGenerator(Curve.P_256).keyID("made-up").generate();
        List<JWK> published = new CopyOnWriteArrayList<>(List.of(first.toPublicJWK()));
        AtomicInteger keyReads = new AtomicInteger();
        HttpServer issuer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String url = "http://127.0.0.1:" + issuer.getAddress().getPort();
        issuer.createContext("/.well-known/openid-configuration", exchange -> json(exchange, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/keys"}""".formatted(url)));
        issuer.createContext("/keys", exchange -> {
            keyReads.incrementAndGet();
            json(exchange, new JWKSet(published).toString());
        });
        issuer.start();
        try (RunningService service = RunningService.start(Map.of("item-tracker.auth.mode", "oidc",
                "item-tracker.auth.oidc-issuer", url, "item-tracker.auth.oidc-client-id", CLIENT))) {
            for (int i = 0; i < 5; i++) {
                assertThat(call(service, token(url, first)).statusCode()).isEqualTo(200);
            }
            assertThat(keyReads.get()).as("the keys, read once for five calls").isEqualTo(1);

            published.add(second.toPublicJWK());
            assertThat(call(service, token(url, second)).statusCode()).as("a token of the new key").isEqualTo(200);
            assertThat(keyReads.get()).isEqualTo(2);
            assertThat(call(service, token(url, first)).statusCode()).isEqualTo(200);

            for (int i = 0; i < 20; i++) {
                assertProblem(call(service, token(url, madeUp)), 401);
            }
            assertThat(keyReads.get()).as("reads for twenty tokens naming a key nobody published").isLessThanOrEqualTo(3);
            assertThat(call(service, token(url, second)).statusCode()).isEqualTo(200);
        } finally {
            issuer.stop(0);
        }
    }

    private static java.net.http.HttpResponse<String> call(RunningService service, String token) {
        return service.get("/api/items", "Authorization", "Bearer " + token);
    }

    private static String token(String issuer, ECKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(issuer).subject("rotator").audience(CLIENT)
                        .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
