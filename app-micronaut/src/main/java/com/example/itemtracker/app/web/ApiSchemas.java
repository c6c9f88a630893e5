package com.example.itemtracker.app.web;

import com.example.itemtracker.core.domain.NewWorkItem;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The wire shapes, as the OpenAPI document names them: the one description of them. Items are
 * written by {@link ItemJsonWriter} and read by {@link NewItemRequest} field by field (for exact
 * errors and bytes), so the document takes their shapes from these records. The lengths are the
 * domain's ({@link NewWorkItem}), and the writer's reference test compares its bytes with
 * {@link WorkItem} as the framework's serializer writes it.
 */
final class ApiSchemas {

    private ApiSchemas() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "WorkItem", description = "A work item as stored; every property is always present.",
            requiredProperties = {"id", "name", "guide", "description", "status", "archived"})
    record WorkItem(
            @Schema(description = "The item's id: a positive decimal number, as a string.", example = "42") String id,
            @Schema(description = "Who the item is for (the table's username column).", example = "Me") String name,
            @Schema(description = "The SDK language guide, e.g. python or java; may be empty.", example = "java") String guide,
            @Schema(example = "Show how to add an item") String description,
            @Schema(description = "Free text; may be empty.", example = "In progress") String status,
            boolean archived) {

        static WorkItem of(com.example.itemtracker.core.domain.WorkItem item) {
            return new WorkItem(Long.toString(item.id()), item.username(), item.guide(), item.description(), item.status(),
                    item.archived());
        }
    }

    @Schema(name = "NewWorkItem", description = "An item to add. Unknown properties (an id) are ignored.")
    record NewItem(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = NewWorkItem.MAX_USERNAME, example = "Me") String name,
            @Schema(maxLength = NewWorkItem.MAX_GUIDE, example = "java") String guide,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = NewWorkItem.MAX_DESCRIPTION,
                    example = "Show how to add an item") String description,
            @Schema(maxLength = NewWorkItem.MAX_STATUS, example = "") String status,
            @Schema(description = "Absent or false: items are added active.", example = "false") Boolean archived) {
    }

    @Schema(name = "ReportRequest")
    record ReportRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "One plain address.", example = "to@example.com")
            String email) {
    }
}
