package com.example.itemtracker.core.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A work item as a user asks to add it. Constructing one validates it, so an invalid new item
 * cannot exist: stores can trust what they are given. Lengths count Unicode code points, the way
 * PostgreSQL and MySQL count the characters of a {@code VARCHAR(45)}.
 *
 * @param description required, not blank, at most {@value #MAX_DESCRIPTION} code points
 * @param guide       optional (null reads as empty), at most {@value #MAX_GUIDE} code points
 * @param status      optional (null reads as empty), at most {@value #MAX_STATUS} code points
 * @param username    required, not blank, at most {@value #MAX_USERNAME} code points
 * @throws InvalidInputException naming every field that breaks a rule
 */
public record NewWorkItem(String description, String guide, String status, String username) {

    /** The seed schema's {@code username VARCHAR(45)}. */
    public static final int MAX_USERNAME = 45;
    /** The seed schema's {@code guide VARCHAR(45)}. */
    public static final int MAX_GUIDE = 45;
    /** {@code TEXT} columns have no real limit; this keeps one request from storing megabytes. */
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_STATUS = 1_000;

    public NewWorkItem {
        guide = guide == null ? "" : guide;
        status = status == null ? "" : status;
        List<FieldError> errors = new ArrayList<>();
        checkRequired("description", description, MAX_DESCRIPTION, errors);
        checkOptional("guide", guide, MAX_GUIDE, errors);
        checkOptional("status", status, MAX_STATUS, errors);
        checkRequired("username", username, MAX_USERNAME, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void checkRequired(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required and must not be blank"));
            return;
        }
        checkOptional(field, value, max, errors);
    }

    private static void checkOptional(String field, String value, int max, List<FieldError> errors) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters (it has " + length + ")"));
            return;
        }
        String badCharacter = firstForbiddenCharacter(value);
        if (badCharacter != null) {
            errors.add(new FieldError(field, "must not contain " + badCharacter));
        }
    }

    /**
     * Control characters other than tab and newline break reports and terminals, NUL is refused by
     * PostgreSQL, and a lone surrogate cannot be encoded as UTF-8 at all.
     */
    private static String firstForbiddenCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n') {
                return String.format("control characters (found U+%04X at position %d)", (int) c, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("an unpaired surrogate (found U+%04X at position %d)", (int) c, i);
            }
        }
        return null;
    }
}
