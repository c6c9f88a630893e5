package com.example.itemtracker.app.web;

import com.example.itemtracker.app.config.ReportConfiguration;
import com.example.itemtracker.app.config.Settings;
import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.ReportDeliveryException;
import com.example.itemtracker.core.domain.ReportNotAllowedException;
import com.example.itemtracker.core.domain.ReportRateLimitedException;
import com.example.itemtracker.core.domain.StoreFailureException;
import com.example.itemtracker.core.domain.StoreUnavailableException;
import com.example.itemtracker.core.domain.WorkItemException;
import com.example.itemtracker.core.domain.WorkItemNotFoundException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.stream.Collectors;

/**
 * Maps the use cases' closed set of failures to one status each, and names the setting behind a
 * refusal where one is (core's messages know nothing of how the application is configured).
 */
@Produces
@Singleton
final class WorkItemExceptionHandler implements ExceptionHandler<WorkItemException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(WorkItemExceptionHandler.class);
    static final String NOT_READY = "Data service not ready. Wait a minute and try again.";

    private final Problems problems;

    WorkItemExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, WorkItemException exception) {
        return switch (exception) {
            case InvalidInputException invalid -> problems.invalid(request,
                    invalid.errors().stream().map(WireNames::message).collect(Collectors.joining("; ")) + ".",
                    invalid.errors());
            case WorkItemNotFoundException notFound -> problems.response(request, HttpStatus.NOT_FOUND, notFound.getMessage());
            case StoreUnavailableException unavailable -> {
                LOG.warn("{} {}: store unavailable: {}", request.getMethod(), request.getPath(), unavailable.getMessage());
                yield problems.unavailable(request, NOT_READY, unavailable.retryAfter());
            }
            case ReportDeliveryException delivery -> {
                LOG.warn("{} {}: report not delivered: {}", request.getMethod(), request.getPath(), delivery.getMessage(),
                        delivery.getCause());
                yield problems.response(request, HttpStatus.BAD_GATEWAY, delivery.getMessage());
            }
            case ReportNotAllowedException notAllowed -> problems.response(request, HttpStatus.FORBIDDEN, notAllowed.getMessage()
                    + " They are the ones " + Settings.variable(ReportConfiguration.ALLOWED_RECIPIENTS) + " names.");
            case ReportRateLimitedException limited -> problems.response(request, HttpStatus.TOO_MANY_REQUESTS, limited.getMessage()
                    + " The limit is " + Settings.variable(ReportConfiguration.RATE_LIMIT) + ".")
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (limited.retryAfter().toMillis() + 999) / 1000)));
            case StoreFailureException failure -> {
                LOG.error("{} {}: store failure", request.getMethod(), request.getPath(), failure);
                yield problems.response(request, HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR_DETAIL);
            }
        };
    }
}
