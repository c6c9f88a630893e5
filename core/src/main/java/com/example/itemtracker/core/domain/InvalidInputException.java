package com.example.itemtracker.core.domain;

import java.util.List;
import java.util.stream.Collectors;

/** The input breaks a rule; nothing was changed. Carries every offending field, not just the first. */
public final class InvalidInputException extends WorkItemException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    /**
     * The database refused a value the domain accepts: typically a character outside the table's
     * character set (emoji in a MySQL table that is not {@code utf8mb4}). Nothing was stored.
     *
     * @param field the domain field the database named, or null when it did not say
     */
    public static InvalidInputException notStorable(String field) {
        return of(field == null ? "body" : field, "contains characters the database cannot store"
                + " (a MySQL or MariaDB table needs the utf8mb4 character set for emoji and other 4-byte characters)");
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
    }
}
