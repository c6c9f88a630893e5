package com.example.itemtracker.app.security;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.example.itemtracker.app.harness.LambdaEvents;
import com.example.itemtracker.app.harness.OidcProvider;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static com.example.itemtracker.app.harness.LambdaEvents.header;
import static com.example.itemtracker.app.harness.LambdaEvents.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lambda function with AUTH=oidc, as the AWS stack runs it behind API Gateway's JWT authorizer:
 * a request passes only when the authorizer's claims are in the event and the function verified the
 * same user's token itself; without the claims it is 401, whatever headers it carries.
 */
class LambdaSignInTest {

    @TempDir
    static Path work;

    private static OidcProvider provider;
    private static APIGatewayV2HTTPEventFunction handler;

    @BeforeAll
    static void initialise() {
        provider = OidcProvider.start();
        Map<String, Object> settings = new HashMap<>(provider.serviceSettings());
        settings.put("aws.region", "eu-west-1");
        settings.put("item-tracker.data-dir", work.resolve("data").toString());
        settings.put("item-tracker.report.outbox-dir", work.resolve("outbox").toString());
        handler = new APIGatewayV2HTTPEventFunction() {
            @Override
            protected ApplicationContextBuilder newApplicationContextBuilder() {
                return super.newApplicationContextBuilder().properties(settings);
            }
        };
    }

    @AfterAll
    static void close() {
        handler.close();
        provider.close();
    }

    @Test
    void theAuthorizersClaimsAndTheFunctionsOwnCheckOfTheSameUserPass() {
        String token = provider.idToken("alice");

        APIGatewayV2HTTPResponse added = invoke("POST", "/api/items", "{\"name\":\"Me\",\"description\":\"Through the gateway\"}",
                Map.of("sub", "alice"), "authorization", "Bearer " + token, "content-type", "application/json");
        assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(200);
        assertThat(invoke("GET", "/api/items", null, Map.of("sub", "alice"), "authorization", "Bearer " + token).getStatusCode())
                .isEqualTo(200);
        assertThat(json(invoke("GET", "/api/items", null, Map.of("sub", "alice"), "authorization", "Bearer " + token)).size())
                .isEqualTo(1);
    }

    @Test
    void withoutTheAuthorizersClaimsNoHeaderOpensTheApi() {
        String token = provider.idToken("alice");
        String[][] attempts = {
            {"authorization", "Bearer " + token},
            {"x-amzn-oidc-identity", "alice"},
            {"x-amzn-oidc-identity", "alice", "authorization", "Bearer " + token},
            {"x-apigateway-event", "{\"requestContext\":{\"authorizer\":{\"jwt\":{\"claims\":{\"sub\":\"alice\"}}}}}"},
            {"x-forwarded-user", "alice"},
            {"cookie", "JWT=" + token},
        };
        for (String[] headers : attempts) {
            APIGatewayV2HTTPResponse response = invoke("GET", "/api/items", null, null, headers);
            assertThat(response.getStatusCode()).as(String.join(" ", headers)).isEqualTo(401);
            assertThat(header(response, "WWW-Authenticate")).startsWith("Bearer");
            assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void theAuthorizersClaimsAloneOrForAnotherUserDoNotPass() {
        assertThat(invoke("GET", "/api/items", null, Map.of("sub", "alice")).getStatusCode()).as("claims, no token").isEqualTo(401);
        assertThat(invoke("GET", "/api/items", null, Map.of("sub", "alice"), "x-amzn-oidc-identity", "alice").getStatusCode())
                .isEqualTo(401);
        assertThat(invoke("GET", "/api/items", null, Map.of("sub", "bob"), "authorization", "Bearer " + provider.idToken("alice"))
                .getStatusCode()).as("claims of another user").isEqualTo(401);
    }

    @Test
    void thePageHealthAndPreflightsNeedNothing() {
        assertThat(invoke("GET", "/", null, null, "accept", "text/html").getStatusCode()).isEqualTo(200);
        assertThat(invoke("GET", "/assets/signin.js", null, null).getStatusCode()).isEqualTo(200);
        assertThat(invoke("GET", "/health/liveness", null, null).getStatusCode()).isEqualTo(200);
        APIGatewayV2HTTPResponse preflight = invoke("OPTIONS", "/api/items", null, null, "origin", "http://localhost:3000",
                "access-control-request-method", "POST", "access-control-request-headers", "authorization,content-type");
        assertThat(preflight.getStatusCode()).isEqualTo(200);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
    }

    private static APIGatewayV2HTTPResponse invoke(String method, String path, String body, Map<String, String> claims,
                                                   String... headers) {
        return handler.handleRequest(LambdaEvents.event(method, path, null, body, claims, headers), new MockLambdaContext());
    }
}
