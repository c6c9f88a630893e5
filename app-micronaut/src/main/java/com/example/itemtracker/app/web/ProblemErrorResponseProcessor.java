package com.example.itemtracker.app.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.regex.Pattern;

/**
 * Turns the errors the framework itself answers (unknown route, wrong method, unreadable JSON,
 * oversized body, unexpected exceptions) into problem responses like ours, in words a client
 * can act on, and never with an exception's text for a server-side failure.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<byte[]> {

    private static final int MAX_DETAIL = 300;
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)exception|\\bjava\\.|\\bio\\.micronaut|\\btools\\.jackson|\\bat \\[source|failed to convert argument");

    private final Problems problems;
    private final long maxRequestSize;

    ProblemErrorResponseProcessor(Problems problems,
                                  @Value("${micronaut.server.max-request-size:65536}") long maxRequestSize) {
        this.problems = problems;
        this.maxRequestSize = maxRequestSize;
    }

    @Override
    public MutableHttpResponse<byte[]> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.status();
        return base.contentType(Problems.CONTENT_TYPE).body(problems.body(context.getRequest(), status, detail(status, context)));
    }

    private String detail(HttpStatus status, ErrorContext context) {
        HttpRequest<?> request = context.getRequest();
        String route = request.getMethodName() + " " + request.getPath();
        return switch (status) {
            case NOT_FOUND -> "There is nothing at " + route + ". The work items are under /api/items.";
            case METHOD_NOT_ALLOWED -> request.getMethodName() + " is not allowed on " + request.getPath() + ".";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as JSON, with the header Content-Type: application/json.";
            case REQUEST_ENTITY_TOO_LARGE -> "The request is too large: the body may have at most " + maxRequestSize
                    + " bytes, and the URL and the headers a few kilobytes.";
            case NOT_ACCEPTABLE -> "This service answers in JSON; accept application/json.";
            case BAD_REQUEST -> badRequest(context);
            default -> status.getCode() >= 500 ? Problems.INTERNAL_ERROR_DETAIL : status.getReason() + ".";
        };
    }

    private static String badRequest(ErrorContext context) {
        String message = context.getErrors().stream().map(Error::getMessage).filter(m -> m != null && !m.isBlank())
                .findFirst().orElse("");
        if (message.contains("Required Body") || message.contains("No content")) {
            return "The request needs a JSON body.";
        }
        String firstLine = message.lines().findFirst().orElse("").strip();
        if (firstLine.isEmpty() || INTERNALS.matcher(firstLine).find()) {
            return "The request body is not valid JSON, or one of its fields has the wrong type.";
        }
        String readable = firstLine.length() > MAX_DETAIL ? firstLine.substring(0, MAX_DETAIL) + "..." : firstLine;
        return "The request could not be read: " + readable;
    }
}
