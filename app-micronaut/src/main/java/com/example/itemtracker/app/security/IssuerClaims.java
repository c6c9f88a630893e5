package com.example.itemtracker.app.security;

import com.example.itemtracker.app.config.AuthConfiguration;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * Whether a signed token is for this service: from exactly the issuer (not merely one whose name
 * ends like it, as the framework's own issuer check allows), with a subject, not expired and not
 * yet to come (a minute of clock skew allowed either way; nimbus-jose-jwt's claims verifier), and for
 * this client: {@code aud} names {@code OIDC_CLIENT_ID} (ID tokens), or, where there is no
 * {@code aud}, {@code client_id} is it (Amazon Cognito's access tokens).
 */
@Singleton
@Requires(property = AuthConfiguration.MODE, pattern = AuthConfiguration.OIDC)
final class IssuerClaims<T> implements GenericJwtClaimsValidator<T> {

    static final int CLOCK_SKEW_SECONDS = 60;

    private final OpenIdIssuer issuer;
    private final String clientId;

    IssuerClaims(OpenIdIssuer issuer, AuthConfiguration auth) {
        this.issuer = issuer;
        this.clientId = auth.oidcClientId();
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        JWTClaimsSet token = JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims);
        DefaultJWTClaimsVerifier<?> verifier = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer.issuer()).build(), Set.of("sub", "exp"));
        verifier.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        try {
            verifier.verify(token, null);
        } catch (BadJWTException e) {
            return false;
        }
        List<String> audience = token.getAudience();
        return audience.isEmpty() ? clientId.equals(token.getClaim("client_id")) : audience.contains(clientId);
    }
}
