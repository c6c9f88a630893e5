package com.example.itemtracker.app.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The wire shapes that the OpenAPI document names. Items are written by {@link ItemJsonWriter} and
 * read by {@link NewItemRequest} field by field (for exact errors and bytes), so the document takes
 * their shapes from these records, which nothing serialises.
 */
final class ApiSchemas {

    private ApiSchemas() {
    }

    @Schema(name = "WorkItem", description = "A work item as stored; every property is always present.",
            requiredProperties = {"id", "name", "guide", "description", "status", "archived"})
    record WorkItem(
            @Schema(description = "The item's id: a positive decimal number, as a string.", example = "42") String id,
            @Schema(description = "Who the item is for (the table's username column).", example = "Me") String name,
            @Schema(description = "The SDK language guide, e.g. python or java; may be empty.", example = "java") String guide,
            @Schema(example = "Show how to add an item") String description,
            @Schema(description = "Free text; may be empty.", example = "In progress") String status,
            boolean archived) {
    }

    @Schema(name = "NewWorkItem", description = "An item to add. Unknown properties (an id) are ignored.")
    record NewWorkItem(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 45, example = "Me") String name,
            @Schema(maxLength = 45, example = "java") String guide,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 10_000, example = "Show how to add an item") String description,
            @Schema(maxLength = 1_000, example = "") String status,
            @Schema(description = "Absent or false: items are added active.", example = "false") Boolean archived) {
    }

    @Schema(name = "ReportRequest")
    record ReportRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "One plain address.", example = "to@example.com")
            String email) {
    }
}
