package com.example.itemtracker.app.security;

import com.example.itemtracker.app.harness.OidcProvider;
import com.example.itemtracker.app.harness.RunningService;
import com.example.itemtracker.testsupport.TcpProxy;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static com.example.itemtracker.app.harness.ApiAssertions.assertProblem;
import static com.example.itemtracker.app.harness.ApiAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in provider behind a TCP proxy the test controls: while it cannot be reached, a request
 * with a token answers 503 with Retry-After (never 500), one without a token 401, readiness says why;
 * once it is back, tokens pass; keys already read keep serving through a later outage.
 */
class IssuerOutageTest {

    @Test
    void anUnreachableProviderIs503AndReadinessSaysWhy() throws Exception {
        try (OidcProvider provider = OidcProvider.start();
             TcpProxy proxy = new TcpProxy("127.0.0.1", URI.create(provider.issuer()).getPort())) {
            String issuer = "http://127.0.0.1:" + proxy.port() + "/" + OidcProvider.ISSUER_ID;
            Map<String, Object> settings = new HashMap<>(provider.serviceSettings());
            settings.put("item-tracker.auth.oidc-issuer", issuer);
            String token = provider.token(provider.claims("alice", Map.of("iss", issuer, "aud", OidcProvider.CLIENT_ID)),
                    Duration.ofHours(1));
            proxy.refuse();
            try (RunningService service = RunningService.start(settings)) {
                HttpResponse<String> refused = service.get("/api/items", "Authorization", "Bearer " + token);
                JsonNode problem = assertProblem(refused, 503);
                assertThat(refused.headers().firstValue("retry-after")).hasValue("30");
                assertThat(problem.get("detail").getStringValue()).isEqualTo(SignInProblems.PROVIDER_UNREACHABLE);
                assertProblem(service.get("/api/items"), 401);
                assertProblem(service.get("/auth/config"), 503);
                assertThat(service.get("/").statusCode()).as("the page itself").isEqualTo(200);

                HttpResponse<String> readiness = service.get("/health/readiness");
                assertThat(readiness.statusCode()).isEqualTo(503);
                JsonNode signIn = json(readiness).get("details").get("signIn");
                assertThat(signIn.get("status").getStringValue()).isEqualTo("DOWN");
                assertThat(signIn.get("details").get("state").getStringValue()).isEqualTo("unreachable");
                assertThat(signIn.get("details").get("reason").getStringValue())
                        .contains(issuer + "/.well-known/openid-configuration could not be read");
                assertThat(service.get("/health/liveness").statusCode()).as("no reason to restart").isEqualTo(200);

                proxy.forward();
                awaitStatus(service, token, 200);
                assertThat(service.get("/health/readiness").statusCode()).isEqualTo(200);

                proxy.refuse();
                proxy.cutOpenConnections();
                assertThat(service.get("/api/items", "Authorization", "Bearer " + token).statusCode())
                        .as("the keys already read serve on").isEqualTo(200);
                assertThat(service.get("/health/readiness").statusCode()).isEqualTo(200);
                String rotated = provider.token(provider.claims("alice", Map.of("iss", issuer, "aud", OidcProvider.CLIENT_ID)),
                        Duration.ofHours(1)).replaceFirst("^[^.]+", unknownKeyHeader());
                assertProblem(service.get("/api/items", "Authorization", "Bearer " + rotated), 503);
            }
        }
    }

    /** A quiet period follows a failure: the provider is not asked again for 5 s. */
    private static void awaitStatus(RunningService service, String token, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (service.get("/api/items", "Authorization", "Bearer " + token).statusCode() != status) {
            assertThat(System.nanoTime()).as("time until the provider is used again").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** A header naming a key the provider never published (a rotation the service has not seen). */
    private static String unknownKeyHeader() {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"kid\":\"rotated-key\",\"typ\":\"JWT\",\"alg\":\"RS256\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
