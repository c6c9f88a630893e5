package com.example.itemtracker.core.domain;

/** Which work items a listing covers. */
public enum ItemFilter {
    /** Items not archived: what the client shows by default and what a report covers. */
    ACTIVE,
    ARCHIVED,
    ALL;

    /** Whether an item with the given archived flag belongs to this listing. */
    public boolean matches(boolean archived) {
        return switch (this) {
            case ACTIVE -> !archived;
            case ARCHIVED -> archived;
            case ALL -> true;
        };
    }
}
