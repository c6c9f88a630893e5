package com.example.itemtracker.app.web;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;

import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, so that a user's error report can be found in the log: an incoming
 * {@code X-Request-Id} is kept (a proxy or load balancer may have set it), else one is generated.
 * {@link ResponseHygieneFilter} echoes it in every response, {@link Problems} writes it into problem
 * bodies, and it is put in the logging MDC as {@code requestId}, which Micronaut carries to the
 * blocking executor's thread.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();
    /** An incoming id goes into the log as is, so it may not carry line breaks, quotes or anything unbounded. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    @PreMatching
    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String incoming = request.getHeaders().get(HEADER);
        String id = incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : generate();
        request.setAttribute(ATTRIBUTE, id);
        context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
    }

    /** The request's id, or null before this filter has seen it. */
    static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElse(null);
    }

    /**
     * 122 random bits from the JDK's shared SecureRandom. Not ThreadLocalRandom: Lambda SnapStart
     * starts every instance from one memory snapshot, and ThreadLocalRandom's seeds would be copied
     * with it, so instances would hand out the same ids; SecureRandom is reseeded on restore.
     */
    private static String generate() {
        UUID uuid = UUID.randomUUID();
        return HexFormat.of().toHexDigits(uuid.getMostSignificantBits()) + HexFormat.of().toHexDigits(uuid.getLeastSignificantBits());
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
