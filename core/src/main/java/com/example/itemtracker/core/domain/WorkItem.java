package com.example.itemtracker.core.domain;

import java.util.Objects;

/**
 * A stored work item. Text fields are never null: a SQL {@code NULL} in an existing table reads
 * as the empty string, so callers never have to tell "absent" from "empty".
 *
 * @param id          the store's key ({@code iditem}), positive
 * @param description what the work is
 * @param guide       the SDK guide the item belongs to (the client sends e.g. {@code java})
 * @param status      free text, possibly empty
 * @param username    who owns the item (the wire calls it {@code name})
 * @param archived    whether the item has been archived
 */
public record WorkItem(long id, String description, String guide, String status, String username, boolean archived) {

    public WorkItem {
        description = Objects.requireNonNullElse(description, "");
        guide = Objects.requireNonNullElse(guide, "");
        status = Objects.requireNonNullElse(status, "");
        username = Objects.requireNonNullElse(username, "");
    }

    /** This item as it is once archived. */
    public WorkItem asArchived() {
        return archived ? this : new WorkItem(id, description, guide, status, username, true);
    }
}
