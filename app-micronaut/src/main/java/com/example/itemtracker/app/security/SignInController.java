package com.example.itemtracker.app.security;

import com.example.itemtracker.app.config.AuthConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;

/**
 * {@code GET /auth/config}: what the page needs to sign in with {@code AUTH=oidc}, from the
 * provider's discovery document (503 while it cannot be read). Public: it holds nothing secret (the
 * page is a public client, with no secret).
 */
@Controller("/auth")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = AuthConfiguration.MODE, pattern = AuthConfiguration.OIDC)
final class SignInController {

    /** The scopes the page asks for: the user's id, and a name to show. */
    static final String SCOPE = "openid email profile";

    /**
     * @param logoutUrl where to send the browser to sign out at the provider when it has no end-session endpoint
     */
    @Serdeable
    record SignInSettings(String issuer, String clientId, String scope, URI authorizationEndpoint, URI tokenEndpoint,
                          @Nullable URI endSessionEndpoint, @Nullable URI logoutUrl) {
    }

    private final OpenIdIssuer issuer;
    private final String clientId;
    private final @Nullable URI logoutUrl;

    SignInController(OpenIdIssuer issuer, AuthConfiguration auth) {
        this.issuer = issuer;
        this.clientId = auth.oidcClientId();
        URI logout = auth.oidcLogoutUrl();
        this.logoutUrl = logout == null || logout.toString().isEmpty() ? null : logout;
    }

    @Get("/config")
    SignInSettings config() {
        OpenIdIssuer.Metadata metadata = issuer.metadata();
        return new SignInSettings(metadata.issuer(), clientId, SCOPE, metadata.authorizationEndpoint(),
                metadata.tokenEndpoint(), metadata.endSessionEndpoint(), logoutUrl);
    }
}
