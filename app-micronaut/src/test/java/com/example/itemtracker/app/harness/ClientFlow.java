package com.example.itemtracker.app.harness;

import io.micronaut.json.tree.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static com.example.itemtracker.app.harness.ApiAssertions.ids;
import static com.example.itemtracker.app.harness.ApiAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the React client does, in its order and shapes, through HTTP: add, re-list, archive
 * (a bodiless PUT), re-list both ways, open one item, report. Exact about the listings, yet fine
 * on a table that already holds items.
 */
public final class ClientFlow {

    public static final String DESCRIPTION = "Added by the client's flow 😀 — ok";

    private ClientFlow() {
    }

    /**
     * @param colon how the custom method's colon is written: {@code :} or {@code %3A}
     * @return the id of the item the flow added (archived at the end)
     */
    public static String run(RunningService service, String colon) {
        List<String> active = ids(service.get("/api/items?archived=false"));
        List<String> archived = ids(service.get("/api/items?archived=true"));

        HttpResponse<String> added = service.postJson("/api/items", "{\"name\":\"Me\",\"guide\":\"java\",\"description\":\""
                + DESCRIPTION + "\",\"status\":\"\",\"archived\":false}", "Origin", "http://localhost:3000");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        String id = json(added).get("id").getStringValue();
        assertThat(ids(service.get("/api/items?archived=false"))).containsExactlyElementsOf(plus(active, id));

        HttpResponse<String> archive = service.putWithoutBody("/api/items/" + id + colon + "archive");
        assertThat(archive.statusCode()).as(archive.body()).isEqualTo(200);
        assertThat(json(archive).get("archived").getBooleanValue()).isTrue();
        assertThat(ids(service.get("/api/items?archived=false"))).containsExactlyElementsOf(active);
        assertThat(ids(service.get("/api/items?archived=true"))).containsExactlyElementsOf(plus(archived, id));

        JsonNode item = json(service.get("/api/items/" + id));
        assertThat(item.get("description").getStringValue()).isEqualTo(DESCRIPTION);
        assertThat(item.get("status").getStringValue()).isEmpty();

        HttpResponse<String> report = service.postJson("/api/items" + colon + "report", "{\"email\":\"to@example.com\"}");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(json(report).get("itemCount").getIntValue()).isEqualTo(active.size());
        assertThat(json(report).get("recipient").getStringValue()).isEqualTo("to@example.com");
        return id;
    }

    private static List<String> plus(List<String> ids, String id) {
        List<String> more = new ArrayList<>(ids);
        more.add(id);
        return more;
    }
}
