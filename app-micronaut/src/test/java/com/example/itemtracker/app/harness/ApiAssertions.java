package com.example.itemtracker.app.harness;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading responses: JSON trees, and the checks every problem response must pass. */
public final class ApiAssertions {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private ApiAssertions() {
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    public static List<String> ids(HttpResponse<String> listResponse) {
        assertThat(listResponse.statusCode()).isEqualTo(200);
        JsonNode list = json(listResponse);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ids.add(list.get(i).get("id").getStringValue());
        }
        return ids;
    }

    /** An RFC 9457 body with the given status, a readable detail, and nothing of our insides. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("java.")
                .doesNotContain("io.micronaut").doesNotContain("\tat ")
                // No SQL internals: states, exceptions or statements (the words MySQL/PostgreSQL may appear).
                .doesNotContainPattern("SQL ?[Ss]tate|SQLException|(?i)\\b(select|insert into|update)\\b.*\\b(from|values|set)\\b");
        JsonNode problem = json(response);
        assertThat(problem.get("status").getIntValue()).isEqualTo(status);
        assertThat(problem.get("title").getStringValue()).isNotBlank();
        assertThat(problem.get("detail").getStringValue()).isNotBlank();
        return problem;
    }

    /**
     * The store's entry in a {@code /health} answer (micronaut-management's shape:
     * {@code {"status", "details": {"store": {"status", "details": {"store", "state"}}}}}).
     */
    public static JsonNode storeHealth(HttpResponse<String> health) {
        JsonNode store = json(health).get("details").get("store");
        assertThat(store.get("status").getStringValue()).isEqualTo(json(health).get("status").getStringValue());
        return store.get("details");
    }

    /** The fields a 400 names, in order. */
    public static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = problem.get("errors");
        for (int i = 0; errors != null && i < errors.size(); i++) {
            fields.add(errors.get(i).get("field").getStringValue());
        }
        return fields;
    }
}
