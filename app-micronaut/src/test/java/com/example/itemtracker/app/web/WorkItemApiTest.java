package com.example.itemtracker.app.web;

import com.example.itemtracker.app.harness.RawHttp;
import com.example.itemtracker.app.harness.RunningService;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.example.itemtracker.app.harness.ApiAssertions.assertProblem;
import static com.example.itemtracker.app.harness.ApiAssertions.fields;
import static com.example.itemtracker.app.harness.ApiAssertions.ids;
import static com.example.itemtracker.app.harness.ApiAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP contract on the embedded default, through real HTTP, in the React client's shapes. */
class WorkItemApiTest {

    private static final String CLIENT_ADD = """
            {"name":"Me","guide":"python","description":"Show how to add an item","status":"In progress","archived":false}""";

    @TempDir
    static Path dataDir;

    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(Map.of("item-tracker.data-dir", dataDir.toString()));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static String add(String name) {
        HttpResponse<String> added = service.postJson("/api/items",
                "{\"name\":\"" + name + "\",\"guide\":\"java\",\"description\":\"d\",\"status\":\"\",\"archived\":false}");
        assertThat(added.statusCode()).isEqualTo(200);
        return json(added).get("id").getStringValue();
    }

    @Test
    void addAnswers200WithTheWholeItemAndItsLocation() {
        HttpResponse<String> response = service.postJson("/api/items", CLIENT_ADD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode item = json(response);
        String id = item.get("id").getStringValue();
        assertThat(id).matches("[1-9][0-9]*");
        assertThat(response.headers().firstValue("location")).hasValue("/api/items/" + id);
        assertThat(item.get("name").getStringValue()).isEqualTo("Me");
        assertThat(item.get("guide").getStringValue()).isEqualTo("python");
        assertThat(item.get("description").getStringValue()).isEqualTo("Show how to add an item");
        assertThat(item.get("status").getStringValue()).isEqualTo("In progress");
        assertThat(item.get("archived").getBooleanValue()).isFalse();
        assertThat(service.get("/api/items/" + id).body()).isEqualTo(response.body());
    }

    @Test
    void anEmptyStatusIsKeptAsEmpty() {
        HttpResponse<String> response = service.postJson("/api/items",
                "{\"name\":\"Me\",\"guide\":\"go\",\"description\":\"No status\",\"status\":\"\",\"archived\":false}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").getStringValue()).isEmpty();
    }

    @Test
    void unicodeTravelsBothWays() {
        HttpResponse<String> response = service.postJson("/api/items",
                "{\"name\":\"Zoë 😀\",\"guide\":\"rust\",\"description\":\"日本語 — ok\",\"status\":\"\"}");

        String id = json(response).get("id").getStringValue();
        JsonNode item = json(service.get("/api/items/" + id));
        assertThat(item.get("name").getStringValue()).isEqualTo("Zoë 😀");
        assertThat(item.get("description").getStringValue()).isEqualTo("日本語 — ok");
    }

    @Test
    void archiveIsABodilessPutAndIsIdempotent() {
        String id = add("archiver");

        HttpResponse<String> first = service.putWithoutBody("/api/items/" + id + ":archive");
        HttpResponse<String> again = service.putWithoutBody("/api/items/" + id + ":archive");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json(first).get("archived").getBooleanValue()).isTrue();
        assertThat(json(first).get("id").getStringValue()).isEqualTo(id);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"%3Aarchive", "%3aarchive"})
    void thePercentEncodedColonWorksTheSame(String suffix) {
        String id = add("encoded");

        HttpResponse<String> response = service.putWithoutBody("/api/items/" + id + suffix);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("archived").getBooleanValue()).isTrue();
    }

    @Test
    void listingFiltersByArchived() {
        String active = add("active");
        String archived = add("archived");
        service.putWithoutBody("/api/items/" + archived + ":archive");

        assertThat(ids(service.get("/api/items?archived=false"))).contains(active).doesNotContain(archived);
        assertThat(ids(service.get("/api/items?archived=true"))).contains(archived).doesNotContain(active);
        List<String> all = ids(service.get("/api/items"));
        assertThat(all).contains(active, archived);
        assertThat(all.stream().map(Long::parseLong).toList()).isSorted();
    }

    @Test
    void unknownItemsAreNotFound() {
        assertProblem(service.get("/api/items/987654"), 404);
        JsonNode problem = assertProblem(service.putWithoutBody("/api/items/987654:archive"), 404);
        assertThat(problem.get("detail").getStringValue()).isEqualTo("There is no work item with id 987654.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1.5", "99999999999999999999"})
    void badIdsAreRejectedNamingTheId(String id) {
        assertThat(fields(assertProblem(service.get("/api/items/" + id), 400))).containsExactly("id");
        assertThat(fields(assertProblem(service.putWithoutBody("/api/items/" + id + ":archive"), 400)))
                .containsExactly("id");
    }

    @Test
    void anUnknownArchivedValueIsRejected() {
        JsonNode problem = assertProblem(service.get("/api/items?archived=maybe"), 400);

        assertThat(fields(problem)).containsExactly("archived");
    }

    @Test
    void invalidFieldsAreAllNamedWithTheirWireNamesAndNothingIsStored() {
        int before = ids(service.get("/api/items")).size();

        JsonNode problem = assertProblem(service.postJson("/api/items",
                "{\"name\":\"  \",\"guide\":\"" + "g".repeat(46) + "\",\"status\":\"\",\"archived\":false}"), 400);

        assertThat(fields(problem)).containsExactly("description", "guide", "name");
        assertThat(problem.get("detail").getStringValue()).contains("name is required");
        assertThat(ids(service.get("/api/items"))).hasSize(before);
    }

    @Test
    void wrongTypesAreNamedNotCoerced() {
        JsonNode problem = assertProblem(service.postJson("/api/items",
                "{\"name\":[\"a\"],\"description\":5,\"status\":\"\",\"archived\":\"yes\"}"), 400);

        assertThat(fields(problem)).containsExactlyInAnyOrder("name", "description", "archived");
    }

    @Test
    void aNewItemCannotBeArchivedAlready() {
        JsonNode problem = assertProblem(service.postJson("/api/items",
                "{\"name\":\"Me\",\"description\":\"d\",\"archived\":true}"), 400);

        assertThat(fields(problem)).containsExactly("archived");
    }

    @Test
    void controlCharactersAreRejected() {
        JsonNode problem = assertProblem(service.postJson("/api/items",
                "{\"name\":\"Me\\u0000\",\"description\":\"d\"}"), 400);

        assertThat(fields(problem)).containsExactly("name");
    }

    @Test
    void anIdInTheBodyIsIgnored() {
        HttpResponse<String> response = service.postJson("/api/items",
                "{\"id\":\"1\",\"name\":\"Me\",\"description\":\"d\",\"unknown\":1}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("id").getStringValue()).isNotEqualTo("1");
    }

    @Test
    void unreadableBodiesAre400sNot500s() {
        int before = ids(service.get("/api/items")).size();

        assertProblem(service.postJson("/api/items", "{\"name\":"), 400);
        assertProblem(service.postJson("/api/items", "not json"), 400);
        assertThat(fields(assertProblem(service.postJson("/api/items", "[1,2]"), 400))).containsExactly("body");
        assertThat(fields(assertProblem(service.postJson("/api/items", "\"text\""), 400))).containsExactly("body");
        assertProblem(service.postJson("/api/items", "null"), 400);
        assertProblem(service.postJson("/api/items", ""), 400);

        assertThat(ids(service.get("/api/items"))).hasSize(before);
    }

    @Test
    void otherContentTypesAre415() {
        assertProblem(service.send("POST", "/api/items", "name=Me", "content-type", "text/plain"), 415);
    }

    @Test
    void oversizedBodiesAre413() {
        String huge = "{\"name\":\"Me\",\"description\":\"" + "x".repeat(70_000) + "\"}";

        assertProblem(service.postJson("/api/items", huge), 413);
    }

    @Test
    void aDescriptionOverItsLimitIsA400NamingIt() {
        String tooLong = "{\"name\":\"Me\",\"description\":\"" + "x".repeat(10_001) + "\"}";

        assertThat(fields(assertProblem(service.postJson("/api/items", tooLong), 400))).containsExactly("description");
    }

    @Test
    void unknownRoutesAndMethodsAreProblems() {
        assertProblem(service.get("/api/nothing"), 404);
        assertProblem(service.send("DELETE", "/api/items/1", null), 405);
        // The path matches GET /api/items/{id}, so an unknown custom method is a method the resource lacks.
        assertProblem(service.putWithoutBody("/api/items/1:explode"), 405);
    }

    @Test
    void corsPreflightFromTheClientsOriginIsAllowed() {
        HttpResponse<String> preflight = service.send("OPTIONS", "/api/items", null,
                "Origin", "http://localhost:3000",
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("access-control-allow-origin")).hasValue("http://localhost:3000");
        assertThat(preflight.headers().allValues("access-control-allow-methods")).contains("POST");
        assertThat(preflight.headers().allValues("access-control-allow-headers").toString()).containsIgnoringCase("content-type");

        HttpResponse<String> archivePreflight = service.send("OPTIONS", "/api/items/1:archive", null,
                "Origin", "http://localhost:3000", "Access-Control-Request-Method", "PUT");
        assertThat(archivePreflight.statusCode()).isEqualTo(200);

        HttpResponse<String> actual = service.get("/api/items?archived=false", "Origin", "http://localhost:3000");
        assertThat(actual.headers().firstValue("access-control-allow-origin")).hasValue("http://localhost:3000");
    }

    @Test
    void otherOriginsAreNotAllowed() {
        HttpResponse<String> preflight = service.send("OPTIONS", "/api/items", null,
                "Origin", "http://evil.example",
                "Access-Control-Request-Method", "POST");

        assertThat(preflight.headers().firstValue("access-control-allow-origin")).isEmpty();
        assertThat(preflight.statusCode()).isNotEqualTo(200);
    }

    @Test
    void anUnlistedLocalhostOriginIsRefusedAndStoresNothing() {
        int before = ids(service.get("/api/items")).size();

        JsonNode problem = assertProblem(service.postJson("/api/items", CLIENT_ADD, "Origin", "http://localhost:3001"), 403);

        assertThat(problem.get("detail").getStringValue()).contains("CORS_ALLOWED_ORIGINS");
        assertThat(ids(service.get("/api/items"))).hasSize(before);
        assertThat(service.get("/api/items", "Origin", "http://localhost:3000").statusCode()).isEqualTo(200);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotDecoded() {
        int before = ids(service.get("/api/items")).size();
        byte[] overlongAt = "{\"name\":\"M\u00c1\u00bfe\",\"description\":\"d\"}".getBytes(StandardCharsets.ISO_8859_1);

        RawHttp.Response response = RawHttp.send(service.uri("/").getPort(), "POST", "/api/items",
                Map.of("Content-Type", "application/json"), overlongAt);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("not UTF-8").contains("\"field\":\"body\"");
        assertThat(ids(service.get("/api/items"))).hasSize(before);
    }

    @Test
    void noResponseIsSniffedOrCached() {
        for (HttpResponse<String> response : List.of(service.get("/api/items"), service.get("/api/nothing"),
                service.get("/api/items", "Origin", "http://evil.example"), service.get("/health"))) {
            assertThat(response.headers().firstValue("x-content-type-options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("cache-control")).hasValue("no-store");
            assertThat(response.headers().firstValue("server")).as("no server banner").isEmpty();
        }
    }
}
