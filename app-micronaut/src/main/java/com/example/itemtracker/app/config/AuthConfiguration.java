package com.example.itemtracker.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Who may use the service ({@code AUTH}). Unset, only this machine can reach it (the service refuses
 * to listen elsewhere); {@code none} says that something else protects it (a trusted network, a
 * proxy); {@code oidc} requires sign-in with the OpenID Connect provider at {@code OIDC_ISSUER}, for
 * the client {@code OIDC_CLIENT_ID}, on every {@code /api} route.
 *
 * @param oidcLogoutUrl where the page sends a browser to sign out at the provider, instead of the
 *                      discovery document's {@code end_session_endpoint} (Amazon Cognito's /logout)
 */
@Context
@ConfigurationProperties(AuthConfiguration.PREFIX)
public record AuthConfiguration(@Nullable String mode, @Nullable URI oidcIssuer, @Nullable String oidcClientId,
                                @Nullable URI oidcLogoutUrl) {

    public static final String PREFIX = StoreConfiguration.PREFIX + ".auth";
    public static final String MODE = PREFIX + ".mode";
    /** The value of {@link #MODE} that turns sign-in on, for {@code @Requires(property = MODE, pattern = OIDC)}. */
    public static final String OIDC = "(?i)oidc";

    /** How requests are authenticated. */
    public enum Mode { NONE, OIDC }

    /** A string, not the enum: Micronaut turns a word it cannot convert into null for a nullable enum, i.e. unset. */
    public AuthConfiguration {
        if (choice(mode) == Mode.OIDC) {
            if (oidcIssuer == null || oidcIssuer.toString().isBlank()) {
                throw new ConfigurationException(Settings.describe(PREFIX + ".oidc-issuer", "is required when AUTH=oidc: the"
                        + " issuer URL of your OpenID Connect provider, e.g. https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123"));
            }
            checkUrl(PREFIX + ".oidc-issuer", oidcIssuer);
            if (oidcClientId == null || oidcClientId.isBlank()) {
                throw new ConfigurationException(Settings.describe(PREFIX + ".oidc-client-id", "is required when AUTH=oidc: the"
                        + " id of the client (app) at the provider that the page signs in with and tokens must be for"));
            }
            if (oidcLogoutUrl != null && !oidcLogoutUrl.toString().isEmpty()) {
                checkUrl(PREFIX + ".oidc-logout-url", oidcLogoutUrl);
            }
        }
    }

    /** How requests are authenticated; null when {@code AUTH} is not set. */
    @Nullable
    public Mode choice() {
        return choice(mode);
    }

    /** Whether every {@code /api} route needs a verified bearer token. */
    public boolean signInRequired() {
        return choice() == Mode.OIDC;
    }

    private static Mode choice(String mode) {
        if (mode == null || mode.isBlank()) {
            return null;
        }
        for (Mode known : Mode.values()) {
            if (known.name().equalsIgnoreCase(mode.strip())) {
                return known;
            }
        }
        throw new ConfigurationException(Settings.describe(MODE, "must be one of none, oidc (or not set, for this"
                + " machine alone), but it is '" + mode + "'"));
    }

    /** The issuer as tokens name it: the configured URL without a trailing slash. */
    public String issuer() {
        String issuer = oidcIssuer.toString();
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    /** Tokens and keys travel over TLS; plain HTTP only to a provider on this machine (a test's, a developer's). */
    private static void checkUrl(String property, URI url) {
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        if (url.getHost() == null || !(https || "http".equalsIgnoreCase(url.getScheme()) && isLoopback(url.getHost()))) {
            throw new ConfigurationException(Settings.describe(property, "must be an https URL (http only for a provider on this"
                    + " machine), but it is '" + url + "'"));
        }
    }

    /** Whether every address of {@code host} is this machine's loopback. */
    public static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
