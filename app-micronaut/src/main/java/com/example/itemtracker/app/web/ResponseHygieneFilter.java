package com.example.itemtracker.app.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.annotation.PreMatching;

/**
 * What every response carries, whoever wrote it: the request's id ({@link RequestIdFilter}), no
 * content sniffing, no caching of work items (they change under the client), and a problem body
 * where the framework's CORS filter refuses an origin with an empty 403. Runs around every other
 * filter, so it sees their answers too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ResponseHygieneFilter implements Ordered {

    private final Problems problems;

    ResponseHygieneFilter(Problems problems) {
        this.problems = problems;
    }

    /** The CORS filter answers preflight requests before routing, and refuses other requests after it. */
    @PreMatching
    @ResponseFilter
    void beforeRouting(HttpRequest<?> request, MutableHttpResponse<?> response) {
        hygiene(request, response);
    }

    @ResponseFilter
    void afterRouting(HttpRequest<?> request, MutableHttpResponse<?> response) {
        hygiene(request, response);
    }

    private void hygiene(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = RequestIdFilter.of(request);
        if (id != null) {
            response.getHeaders().set(RequestIdFilter.HEADER, id);
        }
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        if (!response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (response.status() == HttpStatus.FORBIDDEN && response.getContentType().isEmpty()) {
            problems.fill(request, response, HttpStatus.FORBIDDEN, "This request's origin is not allowed to call the API (it is not one"
                    + " of CORS_ALLOWED_ORIGINS), or it asked for a method or header the API does not take.");
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
