package com.example.itemtracker.app;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.example.itemtracker.app.harness.LambdaEvents;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static com.example.itemtracker.app.harness.LambdaEvents.header;
import static com.example.itemtracker.app.harness.LambdaEvents.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lambda handler the AWS stack deploys, invoked as API Gateway (HTTP API, payload 2.0) invokes
 * it: the React client's whole flow, bad input, and a CORS preflight. No AWS: the embedded store
 * and the outbox stand in for Aurora and SES.
 */
class LambdaHandlerTest {

    private static final String CLIENT_ORIGIN = "http://localhost:3000";

    @TempDir
    static Path work;

    private static APIGatewayV2HTTPEventFunction handler;

    @BeforeAll
    static void initialise() {
        // The handler builds its context the way it does on Lambda (eagerly initialised singletons and
        // all); only the settings that the function's environment gives it are added here. Lambda
        // always sets AWS_REGION.
        handler = new APIGatewayV2HTTPEventFunction() {
            @Override
            protected ApplicationContextBuilder newApplicationContextBuilder() {
                return super.newApplicationContextBuilder().properties(Map.of(
                        "aws.region", "eu-west-1",
                        "item-tracker.data-dir", work.resolve("data").toString(),
                        "item-tracker.report.outbox-dir", work.resolve("outbox").toString()));
            }
        };
    }

    @AfterAll
    static void close() {
        handler.close();
    }

    @Test
    void theClientsWholeFlow() throws IOException {
        APIGatewayV2HTTPResponse added = invoke("POST", "/api/items", null,
                "{\"name\":\"Me\",\"guide\":\"java\",\"description\":\"Through Lambda\",\"status\":\"\",\"archived\":false}",
                "content-type", "application/json", "origin", CLIENT_ORIGIN);
        assertThat(added.getStatusCode()).isEqualTo(200);
        JsonNode item = json(added);
        String id = item.get("id").getStringValue();
        assertThat(item.get("description").getStringValue()).isEqualTo("Through Lambda");
        assertThat(header(added, "Location")).isEqualTo("/api/items/" + id);
        assertThat(header(added, "Access-Control-Allow-Origin")).isEqualTo(CLIENT_ORIGIN);
        assertThat(header(added, "X-Request-Id")).isNotBlank();

        APIGatewayV2HTTPResponse active = invoke("GET", "/api/items", "archived=false", null, "origin", CLIENT_ORIGIN);
        assertThat(active.getStatusCode()).isEqualTo(200);
        assertThat(json(active).values()).extracting(node -> node.get("id").getStringValue()).contains(id);

        APIGatewayV2HTTPResponse archived = invoke("PUT", "/api/items/" + id + ":archive", null, null, "origin", CLIENT_ORIGIN);
        assertThat(archived.getStatusCode()).isEqualTo(200);
        assertThat(json(archived).get("archived").getBooleanValue()).isTrue();
        APIGatewayV2HTTPResponse encoded = invoke("PUT", "/api/items/" + id + "%3Aarchive", null, null);
        assertThat(encoded.getStatusCode()).isEqualTo(200);
        assertThat(json(encoded).get("id").getStringValue()).isEqualTo(id);
        assertThat(json(invoke("GET", "/api/items", "archived=false", null)).values())
                .extracting(node -> node.get("id").getStringValue()).doesNotContain(id);

        APIGatewayV2HTTPResponse report = invoke("POST", "/api/items:report", null, "{\"email\":\"lambda@example.com\"}",
                "content-type", "application/json", "origin", CLIENT_ORIGIN);
        assertThat(report.getStatusCode()).isEqualTo(200);
        assertThat(json(report).get("recipient").getStringValue()).isEqualTo("lambda@example.com");
        try (Stream<Path> files = Files.list(work.resolve("outbox"))) {
            assertThat(files.map(path -> path.getFileName().toString())).anyMatch(name -> name.endsWith(".eml"));
        }
        assertThat(invoke("POST", "/api/items%3Areport", null, "{\"email\":\"lambda@example.com\"}",
                "content-type", "application/json").getStatusCode()).isEqualTo(200);
    }

    @Test
    void badInputIsAProblemAndChangesNothing() throws IOException {
        int before = json(invoke("GET", "/api/items", null, null)).size();

        APIGatewayV2HTTPResponse invalid = invoke("POST", "/api/items", null, "{\"name\":\"\",\"description\":\"x\"}",
                "content-type", "application/json", "x-request-id", "lambda-test-1");
        APIGatewayV2HTTPResponse malformed = invoke("POST", "/api/items", null, "{\"name\":", "content-type", "application/json");
        APIGatewayV2HTTPResponse badId = invoke("GET", "/api/items/abc", null, null);
        APIGatewayV2HTTPResponse missing = invoke("PUT", "/api/items/999999:archive", null, null);

        assertThat(invalid.getStatusCode()).isEqualTo(400);
        assertThat(header(invalid, "Content-Type")).startsWith("application/problem+json");
        JsonNode problem = json(invalid);
        assertThat(problem.get("errors").get(0).get("field").getStringValue()).isEqualTo("name");
        assertThat(problem.get("requestId").getStringValue()).isEqualTo("lambda-test-1");
        assertThat(malformed.getStatusCode()).isEqualTo(400);
        assertThat(header(malformed, "Content-Type")).startsWith("application/problem+json");
        assertThat(badId.getStatusCode()).isEqualTo(400);
        assertThat(missing.getStatusCode()).isEqualTo(404);
        assertThat(json(missing).get("detail").getStringValue()).isNotBlank();
        assertThat(json(invoke("GET", "/api/items", null, null)).size()).isEqualTo(before);
    }

    @Test
    void thePageAndItsFilesReachTheFunctionLikeTheApi() {
        APIGatewayV2HTTPResponse page = invoke("GET", "/", null, null, "accept", "text/html");
        assertThat(page.getStatusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Type")).isEqualTo("text/html;charset=utf-8");
        assertThat(header(page, "Content-Security-Policy")).startsWith("default-src 'none'; script-src 'self';");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getBody()).contains("<title>Item Tracker</title>", "/assets/app.js");

        for (String file : new String[] {"app.js", "app.css", "icon.svg"}) {
            APIGatewayV2HTTPResponse asset = invoke("GET", "/assets/" + file, null, null);
            assertThat(asset.getStatusCode()).as(file).isEqualTo(200);
            assertThat(header(asset, "Content-Security-Policy")).as(file).isEqualTo(header(page, "Content-Security-Policy"));
            String body = asset.getIsBase64Encoded() ? new String(java.util.Base64.getDecoder().decode(asset.getBody()),
                    java.nio.charset.StandardCharsets.UTF_8) : asset.getBody();
            assertThat(body).as(file).isNotBlank();
        }
        assertThat(invoke("GET", "/assets/nothing.js", null, null).getStatusCode()).isEqualTo(404);
    }

    @Test
    void aCorsPreflightIsAnsweredForTheClientAndRefusedForOthers() {
        APIGatewayV2HTTPResponse preflight = invoke("OPTIONS", "/api/items", null, null, "origin", CLIENT_ORIGIN,
                "access-control-request-method", "POST", "access-control-request-headers", "content-type");
        assertThat(preflight.getStatusCode()).isEqualTo(200);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo(CLIENT_ORIGIN);
        assertThat(header(preflight, "Access-Control-Allow-Methods")).contains("POST");

        APIGatewayV2HTTPResponse foreign = invoke("POST", "/api/items", null, "{\"name\":\"Me\",\"description\":\"x\"}",
                "content-type", "application/json", "origin", "https://evil.example");
        assertThat(foreign.getStatusCode()).isEqualTo(403);
    }

    private static APIGatewayV2HTTPResponse invoke(String method, String path, String query, String body, String... headers) {
        return handler.handleRequest(LambdaEvents.event(method, path, query, body, null, headers), new MockLambdaContext());
    }
}
