package com.example.itemtracker.app.web;

import com.example.itemtracker.app.harness.RunningService;
import com.example.itemtracker.core.domain.NewWorkItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar serves an OpenAPI document with every route of the HTTP contract, and Swagger UI reading it. */
class OpenApiTest {

    private static RunningService service;
    private static Map<String, Object> document;

    @BeforeAll
    static void start() {
        service = RunningService.start(Map.of());
        HttpResponse<String> served = service.get("/swagger/item-tracker.yml");
        assertThat(served.statusCode()).isEqualTo(200);
        document = new Yaml().load(served.body());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            get  | /api/items               | 200 400 403 500 503 | application/json
            get  | /api/items/{id}          | 200 400 403 404 500 503 | application/json
            post | /api/items               | 200 400 403 413 415 500 503 | application/json
            put  | /api/items/{id}:archive  | 200 400 403 404 500 503 | application/json
            post | /api/items:report        | 200 400 403 429 500 502 503 | application/json
            """)
    void everyContractRouteIsDocumentedWithItsStatuses(String method, String path, String statuses, String successType) {
        Map<String, Object> operation = map(map(map(document, "paths"), path), method);
        Map<String, Object> responses = map(operation, "responses");

        assertThat(responses.keySet()).containsExactlyInAnyOrder(statuses.split(" "));
        assertThat(map(map(responses, "200"), "content")).containsKey(successType);
        Arrays.stream(statuses.split(" ")).filter(status -> !status.equals("200")).forEach(status ->
                assertThat(map(map(map(map(responses, status), "content"), "application/problem+json"), "schema"))
                        .as("%s %s %s", method, path, status).containsEntry("$ref", "#/components/schemas/Problem"));
    }

    @Test
    void theSchemasAreTheWireShapes() {
        Map<String, Object> schemas = map(map(document, "components"), "schemas");
        assertThat(map(map(schemas, "WorkItem"), "properties"))
                .containsOnlyKeys("id", "name", "guide", "description", "status", "archived");
        assertThat(map(map(schemas, "NewWorkItem"), "properties"))
                .containsOnlyKeys("name", "guide", "description", "status", "archived");
        assertThat(Set.copyOf((List<?>) map(schemas, "NewWorkItem").get("required"))).isEqualTo(Set.of("name", "description"));
        assertThat(Set.copyOf((List<?>) map(schemas, "WorkItem").get("required")))
                .isEqualTo(Set.of("id", "name", "guide", "description", "status", "archived"));
        assertThat(map(map(schemas, "ReportSent"), "properties")).containsOnlyKeys("recipient", "itemCount", "delivery", "messageId");
        assertThat(map(map(schemas, "Problem"), "properties")).containsKeys("type", "title", "status", "detail", "errors", "requestId");
        assertThat(map(document, "paths")).as("the percent-encoded spellings are one route each, not documented twice")
                .containsOnlyKeys("/api/items", "/api/items/{id}", "/api/items/{id}:archive", "/api/items:report");
    }

    @Test
    void theLengthsAreTheDomainsOwn() {
        Map<String, Object> properties = map(map(map(map(document, "components"), "schemas"), "NewWorkItem"), "properties");
        assertThat(map(properties, "name")).containsEntry("maxLength", NewWorkItem.MAX_USERNAME);
        assertThat(map(properties, "guide")).containsEntry("maxLength", NewWorkItem.MAX_GUIDE);
        assertThat(map(properties, "description")).containsEntry("maxLength", NewWorkItem.MAX_DESCRIPTION);
        assertThat(map(properties, "status")).containsEntry("maxLength", NewWorkItem.MAX_STATUS);
    }

    @Test
    void swaggerUiIsServedAndReadsTheDocument() {
        HttpResponse<String> page = service.get("/swagger-ui");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").contains("/swagger/item-tracker.yml");
        assertThat(service.get("/swagger-ui/res/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).as("has %s", key).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }
}
