package com.example.itemtracker.core.domain;

/** Reads the id a client puts in a URL: the decimal form of a work item's {@code iditem}. */
public final class WorkItemId {

    private WorkItemId() {
    }

    /**
     * @throws InvalidInputException for anything but a decimal integer in the range of a
     *                               positive {@code long}
     */
    public static long parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw InvalidInputException.of("id", "must be a positive whole number, like 42");
        }
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("id", "is too large to be a work item id");
        }
        if (id <= 0) {
            throw InvalidInputException.of("id", "must be a positive whole number, like 42");
        }
        return id;
    }
}
