package com.example.itemtracker.core.port;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of the work item table, which an application may let its user choose (default {@value #DEFAULT}).
 * SQL cannot bind a table name as a parameter, so stores splice it into statements; this type is
 * the guarantee that what they splice is a plain identifier and nothing else.
 *
 * @param value a letter or underscore, then letters, digits or underscores; at most 63 characters
 *              (PostgreSQL's limit, stricter than MySQL's 64)
 */
public record TableName(String value) {

    public static final String DEFAULT = "work_items";

    public static final String RULE = "a plain SQL identifier (a letter or underscore, then letters, digits or"
            + " underscores, at most 63 characters)";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    public TableName {
        Objects.requireNonNull(value, "value");
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException("The table name must be " + RULE + ", but it is '"
                    + value.replaceAll("\\p{Cntrl}", "?") + "'.");
        }
    }

    public static TableName defaultName() {
        return new TableName(DEFAULT);
    }

    @Override
    public String toString() {
        return value;
    }
}
