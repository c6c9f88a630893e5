package com.example.itemtracker.app.security;

import com.example.itemtracker.app.config.AuthConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.Principal;

/**
 * With sign-in, one line for every add, archive and report a signed-in user asks for, on the logger
 * {@value #LOGGER}: who (the token's subject), what (method and path), and how it ended (the status,
 * and for an add the new item's location). The request id is on the line as on every other; the
 * token never is.
 */
@ServerFilter("/api/**")
@Requires(property = AuthConfiguration.MODE, pattern = AuthConfiguration.OIDC)
final class AuditLog {

    static final String LOGGER = "item-tracker.audit";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @ResponseFilter
    void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpMethod method = request.getMethod();
        Principal user = request.getUserPrincipal().orElse(null);
        if (user == null || method != HttpMethod.POST && method != HttpMethod.PUT) {
            return;
        }
        String location = response.getHeaders().get(HttpHeaders.LOCATION);
        LOG.info("{} {} by {} -> {}{}", method, request.getPath(), printable(user.getName()), response.code(),
                location == null ? "" : " " + location);
    }

    /** A subject is the provider's, but goes into a log line: no line breaks or other controls. */
    private static String printable(String subject) {
        return subject.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
