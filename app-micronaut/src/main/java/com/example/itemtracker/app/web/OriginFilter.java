package com.example.itemtracker.app.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.cors.CorsOriginConfiguration;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Refuses, with a 403 problem, a request that names an origin which is neither one of
 * {@code CORS_ALLOWED_ORIGINS} nor the service's own. The framework's CORS filter refuses foreign
 * preflights and foreign hosts, but lets a request from an unlisted localhost origin (another dev
 * server's port) run, and a browser then only hides the answer: an add would already be stored.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class OriginFilter implements Ordered {

    private final List<String> allowed;
    private final List<Pattern> allowedPatterns;
    private final boolean anyOrigin;
    private final Problems problems;

    OriginFilter(HttpServerConfiguration.CorsConfiguration cors, Problems problems) {
        this.problems = problems;
        this.allowed = cors.getConfigurations().values().stream().flatMap(c -> c.getAllowedOrigins().stream()).toList();
        this.allowedPatterns = cors.getConfigurations().values().stream().flatMap(c -> c.getAllowedOriginsRegex().stream())
                .map(Pattern::compile).toList();
        this.anyOrigin = !cors.isEnabled() || allowed.contains(CorsOriginConfiguration.ANY.getFirst());
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseForeignOrigins(HttpRequest<?> request) {
        String origin = request.getHeaders().getOrigin().orElse(null);
        if (origin == null || anyOrigin || allowed.contains(origin) || isOwn(request, origin)
                || allowedPatterns.stream().anyMatch(pattern -> pattern.matcher(origin).matches())) {
            return null;
        }
        return problems.response(request, HttpStatus.FORBIDDEN, "This request's origin is not allowed to call the API (it is not one"
                + " of CORS_ALLOWED_ORIGINS).");
    }

    /** A page served by this service itself sends its own origin on a POST. */
    private static boolean isOwn(HttpRequest<?> request, String origin) {
        String host = request.getHeaders().get("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }
}
