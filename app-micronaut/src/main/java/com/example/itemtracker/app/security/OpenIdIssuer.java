package com.example.itemtracker.app.security;

import com.example.itemtracker.app.config.AuthConfiguration;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The OpenID Connect provider of {@code AUTH=oidc}: its discovery document, read once and then kept,
 * and its signing keys, read once and read again when a token names a key that is not among them
 * (nimbus-jose-jwt's JWK source, at most twice in 30 s). Every read is bounded (2 s to connect, 3 s to
 * read, 512 KB), and a provider that could not be reached is not asked again for 5 s: requests in the
 * meantime fail at once with the same reason instead of queueing on it. The calls block, so callers run
 * on the blocking executor.
 */
@Singleton
@Requires(property = AuthConfiguration.MODE, pattern = AuthConfiguration.OIDC)
public final class OpenIdIssuer {

    /** What the page and the token checks need of the discovery document. */
    public record Metadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, @Nullable URI endSessionEndpoint,
                           URI jwksUri) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(OpenIdIssuer.class);
    private static final String DISCOVERY = "/.well-known/openid-configuration";
    private static final Duration QUIET_AFTER_FAILURE = Duration.ofSeconds(5);
    private static final long KEY_REFRESH_INTERVAL_MILLIS = 30_000;

    private final String configuredIssuer;
    private final ExecutorService blocking;
    private final Clock clock;
    private final ResourceRetriever http = new DefaultResourceRetriever(2_000, 3_000, 512 * 1024);
    private volatile Metadata metadata;
    private volatile JWKSource<SecurityContext> keys;
    private volatile boolean keysLoaded;
    private volatile Instant failedAt;
    private volatile String failure;

    OpenIdIssuer(AuthConfiguration auth, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.configuredIssuer = auth.issuer();
        this.blocking = blocking;
        this.clock = Clock.systemUTC();
    }

    /** Reads the document and the keys while the service starts, so that the first signed-in request need not. */
    @EventListener
    void onStartup(StartupEvent event) {
        blocking.execute(() -> {
            try {
                check();
            } catch (IssuerUnreachableException e) {
                // Logged where it is recorded; requests will ask again.
            }
        });
    }

    /** The issuer as its tokens name it. */
    public String issuer() {
        Metadata known = metadata;
        return known == null ? configuredIssuer : known.issuer();
    }

    /** @throws IssuerUnreachableException when the discovery document cannot be read or does not fit */
    public Metadata metadata() {
        Metadata known = metadata;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (metadata == null) {
                failFastAfterFailure();
                try {
                    Metadata discovered = discover();
                    keys = JWKSourceBuilder.<SecurityContext>create(discovered.jwksUri().toURL(), http).cacheForever()
                            .rateLimited(KEY_REFRESH_INTERVAL_MILLIS).build();
                    metadata = discovered;
                    failedAt = null;
                    LOG.info("Sign-in: OpenID Connect issuer {}, keys at {}", discovered.issuer(), discovered.jwksUri());
                } catch (IOException | ParseException | URISyntaxException | IllegalArgumentException e) {
                    throw failed("its discovery document " + configuredIssuer + DISCOVERY + " could not be read ("
                            + describe(e) + ")");
                }
            }
            return metadata;
        }
    }

    /**
     * The issuer's keys that may have signed a token with this header; none when no key fits even
     * after reading the keys again (or when they were read again too recently to ask once more).
     *
     * @throws IssuerUnreachableException when the keys cannot be read
     */
    List<JWK> keysFor(JWSHeader header) {
        return select(JWKMatcher.forJWSHeader(header));
    }

    /**
     * Reads the document and the keys if that has not happened yet; for readiness.
     *
     * @throws IssuerUnreachableException saying why when either cannot be read
     */
    void check() {
        if (!keysLoaded) {
            select(new JWKMatcher.Builder().build());
        }
    }

    private List<JWK> select(JWKMatcher matcher) {
        metadata();
        try {
            List<JWK> selected = keys.get(new JWKSelector(matcher), null);
            if (!keysLoaded) {
                keysLoaded = true;
                failedAt = null;
            }
            return selected;
        } catch (RateLimitReachedException e) {
            // Asked twice within 30 s: for a key it does not know, the answer stands; for keys it never
            // gave, the last failure does.
            if (!keysLoaded) {
                throw new IssuerUnreachableException(failure);
            }
            return List.of();
        } catch (KeySourceException e) {
            synchronized (this) {
                throw failed("its keys " + metadata.jwksUri() + " could not be read (" + describe(e) + ")");
            }
        }
    }

    private Metadata discover() throws IOException, ParseException, URISyntaxException {
        Map<String, Object> document = JSONObjectUtils.parse(http.retrieveResource(URI.create(configuredIssuer + DISCOVERY).toURL())
                .getContent());
        String issuer = JSONObjectUtils.getString(document, "issuer");
        if (issuer == null || !stripSlash(issuer).equals(configuredIssuer)) {
            throw new IllegalArgumentException("it names the issuer '" + issuer + "', not OIDC_ISSUER " + configuredIssuer);
        }
        return new Metadata(issuer, required(document, "authorization_endpoint"), required(document, "token_endpoint"),
                JSONObjectUtils.getURI(document, "end_session_endpoint"), required(document, "jwks_uri"));
    }

    private static URI required(Map<String, Object> document, String name) throws ParseException {
        URI value = JSONObjectUtils.getURI(document, name);
        if (value == null || !value.isAbsolute()) {
            throw new IllegalArgumentException("it names no " + name);
        }
        return value;
    }

    private void failFastAfterFailure() {
        Instant last = failedAt;
        if (last != null && clock.instant().isBefore(last.plus(QUIET_AFTER_FAILURE))) {
            throw new IssuerUnreachableException(failure);
        }
    }

    private IssuerUnreachableException failed(String why) {
        String reason = "The sign-in provider " + configuredIssuer + " cannot be used: " + why + ".";
        if (failedAt == null || !reason.equals(failure)) {
            LOG.warn("Sign-in: {} Requests with a token answer 503 until it can.", reason);
        }
        failure = reason;
        failedAt = clock.instant();
        return new IssuerUnreachableException(reason);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
