package com.example.itemtracker.app.web;

import com.example.itemtracker.core.domain.FieldError;
import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.NewWorkItem;
import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of {@code POST /api/items} from the JSON tree, field by field, so that a wrong
 * type is an error naming its field ({@code "archived": "yes"} is not quietly false, {@code
 * "name": ["a"]} is not quietly "a"). Unknown properties, such as an {@code id}, are ignored.
 */
final class NewItemRequest {

    private NewItemRequest() {
    }

    /** @throws InvalidInputException naming every field that is wrong */
    static NewWorkItem read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object with name, guide, description and status");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = text(body, "name", errors);
        String guide = text(body, "guide", errors);
        String description = text(body, "description", errors);
        String status = text(body, "status", errors);
        JsonNode archived = body.get("archived");
        if (archived != null && !archived.isNull()) {
            if (!archived.isBoolean()) {
                errors.add(new FieldError("archived", "must be false (a JSON boolean) or left out"));
            } else if (archived.getBooleanValue()) {
                errors.add(new FieldError("archived", "must be false for a new item: add it, then archive it"));
            }
        }
        try {
            NewWorkItem item = new NewWorkItem(description, guide, status, name);
            if (errors.isEmpty()) {
                return item;
            }
        } catch (InvalidInputException e) {
            // Report the domain's findings too, but not a second complaint about a field already named.
            e.errors().stream().filter(domain -> errors.stream().noneMatch(
                    shape -> shape.field().equals(WireNames.field(domain.field())))).forEach(errors::add);
        }
        throw new InvalidInputException(errors);
    }

    private static String text(JsonNode body, String field, List<FieldError> errors) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new FieldError(field, "must be a JSON string"));
            return null;
        }
        return value.getStringValue();
    }
}
