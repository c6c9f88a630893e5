package com.example.itemtracker.app;

import com.example.itemtracker.core.domain.WorkItem;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A work item on the wire as the framework's serializer writes it: the reference that the service's
 * hand-written {@code ItemJsonWriter} must match byte for byte. Every field is always written,
 * empty strings included: the client shows {@code "status": ""}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ItemJson(String id, String name, String guide, String description, String status, boolean archived) {

    public static ItemJson of(WorkItem item) {
        return new ItemJson(Long.toString(item.id()), item.username(), item.guide(), item.description(),
                item.status(), item.archived());
    }
}
