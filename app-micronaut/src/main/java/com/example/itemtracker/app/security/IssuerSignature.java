package com.example.itemtracker.app.security;

import com.example.itemtracker.app.config.AuthConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.AsyncSingleResultPublisher;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.token.jwt.signature.ReactiveSignatureConfiguration;
import io.micronaut.security.token.jwt.signature.jwks.JwkValidator;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureUtils;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Whether a token is signed by one of the issuer's keys: micronaut-security-jwt's one signature
 * check, fed with {@link OpenIdIssuer}'s keys. Asymmetric algorithms only (RSA, ECDSA, EdDSA): a
 * token in HS256 or any other shared-secret scheme is refused before a key is looked up. Being a
 * signature configuration, it also makes the framework refuse unsigned tokens ({@code alg: none}),
 * which it takes as verified when none is configured. Reading the keys may block, so the check runs
 * on the blocking executor.
 */
@Singleton
@Requires(property = AuthConfiguration.MODE, pattern = AuthConfiguration.OIDC)
final class IssuerSignature implements ReactiveSignatureConfiguration<SignedJWT> {

    private static final Set<JWSAlgorithm> ASYMMETRIC = asymmetric();

    private final OpenIdIssuer issuer;
    private final JwkValidator validator;
    private final ExecutorService blocking;

    IssuerSignature(OpenIdIssuer issuer, JwkValidator validator, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.issuer = issuer;
        this.validator = validator;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Boolean> verify(SignedJWT token) {
        if (!ASYMMETRIC.contains(token.getHeader().getAlgorithm())) {
            return Publishers.just(false);
        }
        return new AsyncSingleResultPublisher<>(blocking, () -> signedByTheIssuer(token));
    }

    /** @throws IssuerUnreachableException when the issuer's keys cannot be read */
    private boolean signedByTheIssuer(SignedJWT token) {
        try {
            return JwksSignatureUtils.verify(token, new JWKSet(issuer.keysFor(token.getHeader())), validator);
        } catch (JOSEException e) {
            return false;
        }
    }

    private static Set<JWSAlgorithm> asymmetric() {
        Set<JWSAlgorithm> algorithms = new HashSet<>(JWSAlgorithm.Family.RSA);
        algorithms.addAll(JWSAlgorithm.Family.EC);
        algorithms.addAll(JWSAlgorithm.Family.ED);
        return Set.copyOf(algorithms);
    }
}
