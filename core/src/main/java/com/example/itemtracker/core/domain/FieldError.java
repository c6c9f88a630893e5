package com.example.itemtracker.core.domain;

import java.util.Objects;

/**
 * One problem with one input field.
 *
 * @param field   the domain name of the field ({@code username}, {@code description}, ...)
 * @param message what is wrong, phrased to follow the field name ("must not be blank")
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
