package com.example.itemtracker.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail: the body of every error response.
 *
 * @param errors    for invalid input, one entry per offending field (wire names: {@code name}, not {@code username})
 * @param requestId the request's {@code X-Request-Id}, which the log lines of that request carry too
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, @Nullable List<FieldProblem> errors,
                      @Nullable String requestId) {

    @Serdeable
    public record FieldProblem(String field, String message) {
    }
}
