package com.example.itemtracker.app.harness;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A real OpenID Connect provider for the tests, in this JVM on loopback (NAV's mock-oauth2-server):
 * discovery, keys, an authorization endpoint with a login page and PKCE, a token endpoint with CORS,
 * and an end-session endpoint. Tokens for the API tests are signed with the issuer's own key.
 */
public final class OidcProvider implements AutoCloseable {

    public static final String ISSUER_ID = "item-tracker";
    public static final String CLIENT_ID = "item-tracker-page";

    private final MockOAuth2Server server;

    private OidcProvider(boolean loginPage) {
        server = new MockOAuth2Server(new OAuth2Config(loginPage));
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    /** The provider alone: for tokens made in the test. */
    public static OidcProvider start() {
        return new OidcProvider(false);
    }

    /** The provider with its login page, where a browser signs in as any user. */
    public static OidcProvider withLoginPage() {
        return new OidcProvider(true);
    }

    public String issuer() {
        return withoutSlash(server.issuerUrl(ISSUER_ID).toString());
    }

    /** The service's settings for sign-in with this provider. */
    public Map<String, Object> serviceSettings() {
        return Map.of("item-tracker.auth.mode", "oidc", "item-tracker.auth.oidc-issuer", issuer(),
                "item-tracker.auth.oidc-client-id", CLIENT_ID);
    }

    /** An ID token for {@code subject}, as the page holds after signing in: for this client, valid for an hour. */
    public String idToken(String subject) {
        return token(claims(subject, Map.of("aud", CLIENT_ID)), Duration.ofHours(1));
    }

    /** The usual claims of a token of this issuer for {@code subject}, with {@code more} added or replaced. */
    public Map<String, Object> claims(String subject, Map<String, Object> more) {
        Map<String, Object> claims = new HashMap<>(Map.of("iss", issuer(), "sub", subject,
                "iat", Instant.now().getEpochSecond()));
        claims.putAll(more);
        return claims;
    }

    /** Any claims, signed with the issuer's key; {@code expiresIn} may be negative. */
    public String token(Map<String, Object> claims, Duration expiresIn) {
        SignedJWT jwt = server.getConfig().getTokenProvider().jwt(claims, expiresIn, ISSUER_ID);
        return jwt.serialize();
    }

    /** A token signed with the key of another issuer of the same provider. */
    public String tokenOfAnotherIssuer(String subject) {
        return server.issueToken("another-issuer", subject, CLIENT_ID, Map.of("aud", CLIENT_ID)).serialize();
    }

    /** The issuer's public signing key, as its key set publishes it. */
    public RSAKey publicKey() {
        return (RSAKey) server.getConfig().getTokenProvider().publicJwkSet(ISSUER_ID).getKeys().getFirst();
    }

    MockOAuth2Server server() {
        return server;
    }

    @Override
    public void close() {
        server.shutdown();
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
