package com.example.itemtracker.app.web;

import com.example.itemtracker.core.domain.FieldError;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/** The one place that writes problem responses ({@code application/problem+json}). */
@Singleton
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";

    /** What a client sees for any failure of ours: the cause goes to the log, never on the wire. */
    static final String INTERNAL_ERROR_DETAIL = "The service failed to handle this request. The failure has been"
            + " logged; try again later, and report it if it persists.";

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    public MutableHttpResponse<byte[]> response(HttpRequest<?> request, HttpStatus status, String detail) {
        return write(status, problem(request, status, detail, null));
    }

    public MutableHttpResponse<byte[]> invalid(HttpRequest<?> request, String detail, List<FieldError> errors) {
        List<Problem.FieldProblem> fields = errors.stream()
                .map(e -> new Problem.FieldProblem(WireNames.field(e.field()), e.message())).toList();
        return write(HttpStatus.BAD_REQUEST, problem(request, HttpStatus.BAD_REQUEST, detail, fields));
    }

    public MutableHttpResponse<byte[]> unavailable(HttpRequest<?> request, String detail, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        return response(request, HttpStatus.SERVICE_UNAVAILABLE, detail)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    /** Turns a response the framework has already begun into this problem (see the hygiene filter). */
    @SuppressWarnings("unchecked")
    void fill(HttpRequest<?> request, MutableHttpResponse<?> response, HttpStatus status, String detail) {
        ((MutableHttpResponse<Object>) response).contentType(CONTENT_TYPE).body(body(request, status, detail));
    }

    /** The problem body alone, for responses the framework has already begun (see the error processor). */
    byte[] body(HttpRequest<?> request, HttpStatus status, String detail) {
        return serialize(problem(request, status, detail, null));
    }

    private static Problem problem(HttpRequest<?> request, HttpStatus status, String detail,
                                   List<Problem.FieldProblem> fields) {
        return new Problem("about:blank", status.getReason(), status.getCode(), detail, fields, RequestIdFilter.of(request));
    }

    private MutableHttpResponse<byte[]> write(HttpStatus status, Problem problem) {
        return HttpResponse.<byte[]>status(status).contentType(CONTENT_TYPE).body(serialize(problem));
    }

    private byte[] serialize(Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
