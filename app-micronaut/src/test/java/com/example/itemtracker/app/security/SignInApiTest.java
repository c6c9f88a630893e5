package com.example.itemtracker.app.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.example.itemtracker.app.harness.OidcProvider;
import com.example.itemtracker.app.harness.RunningService;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.filters.SecurityFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.example.itemtracker.app.harness.ApiAssertions.assertProblem;
import static com.example.itemtracker.app.harness.ApiAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * AUTH=oidc over real HTTP, with a real OpenID Connect provider: which tokens open /api and which
 * do not, what needs no token, and that nothing but a verified bearer token authenticates.
 */
class SignInApiTest {

    private static final String ADD = "{\"name\":\"Me\",\"guide\":\"java\",\"description\":\"Signed in\",\"status\":\"\"}";

    private static OidcProvider provider;
    private static RunningService service;

    @BeforeAll
    static void start() {
        provider = OidcProvider.start();
        service = RunningService.start(provider.serviceSettings());
    }

    @AfterAll
    static void stop() {
        service.close();
        provider.close();
    }

    private static HttpResponse<String> list(String token) {
        return service.get("/api/items", "Authorization", "Bearer " + token);
    }

    @Test
    void anIdTokenForThisClientOpensTheApi() {
        String token = provider.idToken("alice");

        assertThat(list(token).statusCode()).isEqualTo(200);
        HttpResponse<String> added = service.postJson("/api/items", ADD, "Authorization", "Bearer " + token);
        assertThat(added.statusCode()).isEqualTo(200);
        String id = json(added).get("id").getStringValue();
        assertThat(service.send("PUT", "/api/items/" + id + ":archive", null, "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aCognitoStyleAccessTokenWithClientIdAndNoAudienceOpensTheApi() {
        String token = provider.token(provider.claims("bob", Map.of("client_id", OidcProvider.CLIENT_ID, "token_use", "access")),
                Duration.ofMinutes(5));

        assertThat(list(token).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenThatExpiredWithinTheClockSkewStillPasses() {
        String token = provider.token(provider.claims("carol", Map.of("aud", OidcProvider.CLIENT_ID)), Duration.ofSeconds(-20));

        assertThat(list(token).statusCode()).isEqualTo(200);
    }

    @Test
    void everyOtherTokenIs401WithoutSayingWhichCheckFailed() throws Exception {
        String valid = provider.idToken("mallory");
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID(SignedJWT.parse(valid).getHeader().getKeyID()).generate();
        JWTClaimsSet claims = SignedJWT.parse(valid).getJWTClaimsSet();
        String[] parts = valid.split("\\.");
        String editedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(Base64.getUrlDecoder()
                .decode(parts[1]), StandardCharsets.UTF_8).replace("mallory", "admin").getBytes(StandardCharsets.UTF_8));

        Map<String, String> tokens = new HashMap<>();
        tokens.put("expired", provider.token(provider.claims("mallory", Map.of("aud", OidcProvider.CLIENT_ID)), Duration.ofMinutes(-5)));
        tokens.put("not yet valid", provider.token(provider.claims("mallory", Map.of("aud", OidcProvider.CLIENT_ID,
                "nbf", Instant.now().plusSeconds(600).getEpochSecond())), Duration.ofHours(1)));
        tokens.put("another issuer", provider.token(provider.claims("mallory", Map.of("aud", OidcProvider.CLIENT_ID,
                "iss", "https://issuer.example.com")), Duration.ofHours(1)));
        tokens.put("an issuer ending like this one", provider.token(provider.claims("mallory", Map.of("aud", OidcProvider.CLIENT_ID,
                "iss", OidcProvider.ISSUER_ID)), Duration.ofHours(1)));
        tokens.put("another issuer's key", provider.tokenOfAnotherIssuer("mallory"));
        tokens.put("another client", provider.token(provider.claims("mallory", Map.of("aud", "another-client")), Duration.ofHours(1)));
        tokens.put("another client's access token", provider.token(provider.claims("mallory",
                Map.of("client_id", "another-client")), Duration.ofHours(1)));
        tokens.put("no client at all", provider.token(provider.claims("mallory", Map.of()), Duration.ofHours(1)));
        tokens.put("no subject", provider.token(Map.of("iss", provider.issuer(), "aud", OidcProvider.CLIENT_ID), Duration.ofHours(1)));
        tokens.put("signed by another key", sign(claims, otherKey));
        tokens.put("alg none", new PlainJWT(claims).serialize());
        tokens.put("HS256 keyed with the issuer's public key", hs256(claims, provider.publicKey()));
        tokens.put("payload edited", parts[0] + "." + editedPayload + "." + parts[2]);
        tokens.put("not a token", "not-a-token");

        for (Map.Entry<String, String> token : tokens.entrySet()) {
            HttpResponse<String> response = list(token.getValue());
            JsonNode problem = assertProblem(response, 401);
            assertThat(response.headers().firstValue("www-authenticate")).as(token.getKey())
                    .hasValue("Bearer realm=\"item-tracker\", error=\"invalid_token\"");
            assertThat(problem.get("detail").getStringValue()).as(token.getKey()).isEqualTo(SignInProblems.NOT_ACCEPTED);
        }
        assertThat(list(valid).statusCode()).as("the untouched token").isEqualTo(200);
    }

    @Test
    void noTokenIs401SayingWhatToDo() {
        for (HttpResponse<String> response : List.of(service.get("/api/items"), service.get("/api/items/1"),
                service.postJson("/api/items", ADD), service.putWithoutBody("/api/items/1:archive"),
                service.postJson("/api/items:report", "{\"email\":\"a@example.com\"}"), service.get("/prometheus"),
                service.get("/api"), service.get("/somewhere-else"))) {
            JsonNode problem = assertProblem(response, 401);
            assertThat(response.headers().firstValue("www-authenticate")).hasValue("Bearer realm=\"item-tracker\"");
            assertThat(problem.get("detail").getStringValue()).isEqualTo(SignInProblems.SIGN_IN_FIRST);
            assertThat(problem.get("requestId").getStringValue()).isNotBlank();
        }
        assertThat(json(service.get("/api/items", "Authorization", "Bearer " + provider.idToken("alice"))).size())
                .as("nothing was added without a token").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-amzn-oidc-identity", "x-forwarded-user", "x-remote-user", "x-authenticated-user", "x-user"})
    void noOtherHeaderAuthenticates(String header) {
        HttpResponse<String> response = service.get("/api/items", header, "alice");

        assertProblem(response, 401);
    }

    @Test
    void aValidTokenAnywhereButTheAuthorizationHeaderAuthenticatesNothing() {
        String token = provider.idToken("alice");

        for (String[] carrier : new String[][] {{"Cookie", "JWT=" + token}, {"Cookie", "access_token=" + token},
                {"X-Authorization", "Bearer " + token}, {"Authorization", "Basic " + token}, {"Authorization", token}}) {
            assertProblem(service.get("/api/items", carrier), 401);
        }
        assertProblem(service.get("/api/items?access_token=" + token), 401);
    }

    @Test
    void thePageHealthAndTheApiDescriptionNeedNoToken() {
        for (String path : List.of("/", "/assets/app.js", "/assets/signin.js", "/auth/config", "/health", "/health/liveness",
                "/health/readiness", "/swagger/item-tracker.yml", "/swagger-ui")) {
            assertThat(service.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(service.get("/").body()).contains("<html lang=\"en\" data-sign-in=\"oidc\">");
        JsonNode settings = json(service.get("/auth/config"));
        assertThat(settings.get("issuer").getStringValue()).isEqualTo(provider.issuer());
        assertThat(settings.get("clientId").getStringValue()).isEqualTo(OidcProvider.CLIENT_ID);
        assertThat(settings.get("authorizationEndpoint").getStringValue()).startsWith(provider.issuer() + "/authorize");
        assertThat(settings.get("tokenEndpoint").getStringValue()).isEqualTo(provider.issuer() + "/token");
        assertThat(service.get("/").headers().firstValue("content-security-policy").orElseThrow())
                .contains("connect-src 'self' " + provider.issuer().replaceAll("^(https?://[^/]+).*", "$1") + ";");
        assertThat(json(service.get("/health/readiness")).get("details").get("signIn").get("details").get("state")
                .getStringValue()).isEqualTo("available");
    }

    @Test
    void prometheusNeedsAToken() {
        assertThat(service.get("/prometheus", "Authorization", "Bearer " + provider.idToken("ops")).statusCode()).isEqualTo(200);
    }

    @Test
    void theReactClientsPreflightStillWorks() {
        HttpResponse<String> preflight = service.send("OPTIONS", "/api/items", null, "Origin", "http://localhost:3000",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type,authorization");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("access-control-allow-origin")).hasValue("http://localhost:3000");
    }

    @Test
    void everyAddArchiveAndReportIsAuditedWithTheSubjectAndTheRequestIdNeverTheToken() {
        Logger audit = (Logger) LoggerFactory.getLogger(AuditLog.LOGGER);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        audit.addAppender(lines);
        try {
            String token = provider.idToken("auditor@example.com");
            HttpResponse<String> added = service.postJson("/api/items", ADD, "Authorization", "Bearer " + token,
                    "X-Request-Id", "audit-add-1");
            String id = json(added).get("id").getStringValue();
            service.send("PUT", "/api/items/" + id + ":archive", null, "Authorization", "Bearer " + token, "X-Request-Id", "audit-archive-1");
            service.postJson("/api/items:report", "{\"email\":\"team@example.com\"}", "Authorization", "Bearer " + token,
                    "X-Request-Id", "audit-report-1");
            list(token);

            assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                    "POST /api/items by auditor@example.com -> 200 /api/items/" + id,
                    "PUT /api/items/" + id + ":archive by auditor@example.com -> 200",
                    "POST /api/items:report by auditor@example.com -> 200");
            assertThat(lines.list).extracting(line -> line.getMDCPropertyMap().get("requestId"))
                    .containsExactly("audit-add-1", "audit-archive-1", "audit-report-1");
            assertThat(lines.list).allSatisfy(line -> assertThat(line.getFormattedMessage()).doesNotContain(token.substring(0, 20)));
        } finally {
            audit.detachAppender(lines);
        }
    }

    @Test
    void theFrameworksSecurityRunsOnlyWithSignIn() {
        assertThat(service.context().containsBean(SecurityFilter.class)).isTrue();
        try (RunningService open = RunningService.start(Map.of())) {
            assertThat(open.context().containsBean(SecurityFilter.class)).isFalse();
            assertThat(open.get("/api/items").statusCode()).isEqualTo(200);
            assertThat(open.get("/auth/config").statusCode()).as("no sign-in settings without sign-in").isEqualTo(404);
            assertThat(open.get("/").body()).contains("<html lang=\"en\">");
        }
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** The classic confusion: HMAC "signed" with bytes anyone knows, the issuer's public key. */
    private static String hs256(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new MACSigner(key.getModulus().decode()));
        return jwt.serialize();
    }
}
