package com.example.itemtracker.app.web;

import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.domain.WorkItemId;
import com.example.itemtracker.core.usecase.WorkItemService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Locale;

/**
 * The work item routes of the HTTP contract. Success is always 200 (the React client treats
 * anything else, even 201, as failure). Store calls block, so they run on the blocking executor
 * (virtual threads), never on the Netty event loop.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
final class WorkItemController {

    private final WorkItemService items;
    private final JsonBodies bodies;

    WorkItemController(WorkItemService items, JsonBodies bodies) {
        this.items = items;
        this.bodies = bodies;
    }

    @Get("/items")
    HttpResponse<byte[]> list(@QueryValue @Nullable String archived) {
        return json(ItemJsonWriter.list(items.list(filter(archived))));
    }

    @Get("/items/{id}")
    HttpResponse<byte[]> get(String id) {
        return json(ItemJsonWriter.one(items.get(WorkItemId.parse(id))));
    }

    @Post(value = "/items", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> add(@Body byte[] body) {
        WorkItem added = items.add(NewItemRequest.read(bodies.read(body)));
        return json(ItemJsonWriter.one(added)).header(HttpHeaders.LOCATION, "/api/items/" + added.id());
    }

    /**
     * The client sends this with no body and no content type. Routes match the raw path, so the
     * percent-encoded colon has routes of its own.
     */
    @Put(uris = {"/items/{id}:archive", "/items/{id}%3Aarchive", "/items/{id}%3aarchive"}, consumes = MediaType.ALL)
    HttpResponse<byte[]> archive(String id) {
        return json(ItemJsonWriter.one(items.archive(WorkItemId.parse(id))));
    }

    private static MutableHttpResponse<byte[]> json(byte[] body) {
        return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static ItemFilter filter(String archived) {
        if (archived == null) {
            return ItemFilter.ALL;
        }
        return switch (archived.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> ItemFilter.ARCHIVED;
            case "false" -> ItemFilter.ACTIVE;
            default -> throw InvalidInputException.of("archived", "must be true or false (or left out for all items)");
        };
    }
}
