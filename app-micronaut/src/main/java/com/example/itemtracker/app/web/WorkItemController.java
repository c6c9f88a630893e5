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
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
    @Operation(summary = "List work items, oldest first")
    @ApiResponse(responseCode = "200", description = "The items the filter covers.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = ApiSchemas.WorkItem.class))))
    @ApiResponse(responseCode = "400", description = "archived is neither true nor false.", content = @Content(mediaType = Problems.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemResponses
    HttpResponse<?> list(@Parameter(description = "true: archived items only; false: active items only; absent: all.")
                              @QueryValue @Nullable String archived) {
        return ListingResponse.of(items, filter(archived));
    }

    @Get("/items/{id}")
    @Operation(summary = "Get one work item")
    @ApiResponse(responseCode = "200", description = "The item.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.WorkItem.class)))
    @ItemIdProblemResponses
    @ProblemResponses
    HttpResponse<byte[]> get(String id) {
        return json(ItemJsonWriter.one(items.get(WorkItemId.parse(id))));
    }

    @Post(value = "/items", consumes = MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a work item", requestBody = @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.NewItem.class))))
    @ApiResponse(responseCode = "200", description = "The item as stored, with its new id; Location names it.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.WorkItem.class)))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, or fields missing, too long or of the wrong type;"
            + " errors names each field.", content = @Content(mediaType = Problems.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "The body is over 64 KiB.", content = @Content(mediaType = Problems.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "The body is not JSON.", content = @Content(mediaType = Problems.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemResponses
    HttpResponse<byte[]> add(@Body byte[] body) {
        WorkItem added = items.add(NewItemRequest.read(bodies.read(body)));
        return json(ItemJsonWriter.one(added)).header(HttpHeaders.LOCATION, "/api/items/" + added.id());
    }

    /** The client sends this with no body and no content type. */
    @Put(value = "/items/{id}:archive", consumes = MediaType.ALL)
    @Operation(summary = "Archive a work item", description = "Idempotent. The colon may be sent as %3A.")
    @ApiResponse(responseCode = "200", description = "The archived item.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiSchemas.WorkItem.class)))
    @ItemIdProblemResponses
    @ProblemResponses
    HttpResponse<byte[]> archive(String id) {
        return json(ItemJsonWriter.one(items.archive(WorkItemId.parse(id))));
    }

    /** Routes match the raw path, so the percent-encoded colon has routes of its own. */
    @Put(uris = {"/items/{id}%3Aarchive", "/items/{id}%3aarchive"}, consumes = MediaType.ALL)
    @Hidden
    HttpResponse<byte[]> archiveEncoded(String id) {
        return archive(id);
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
