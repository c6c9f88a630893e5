package com.example.itemtracker.app.security;

import com.example.itemtracker.app.web.Problems;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The answers of sign-in, as problems like every other error: {@code 401} with
 * {@code WWW-Authenticate: Bearer} when a request needs a signed-in user and has none (no token, or
 * one that is not accepted: the detail never says which check failed), and {@code 503} with
 * {@code Retry-After} when the sign-in provider cannot be reached to check a token.
 */
final class SignInProblems {

    static final String REALM = "Bearer realm=\"item-tracker\"";
    static final String SIGN_IN_FIRST = "Sign in first: this call needs the header Authorization: Bearer <token>, with a token"
            + " from this service's sign-in provider. The page at / signs you in.";
    static final String NOT_ACCEPTED = "Your sign-in was not accepted (it may have expired, or be meant for another service):"
            + " sign in again.";
    static final String PROVIDER_UNREACHABLE = "Sign-in cannot be checked right now: the sign-in provider cannot be reached."
            + " Wait a minute and try again.";
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private SignInProblems() {
    }

    /** Replaces the framework's answer to a refused request (an empty 401, or a redirect to a login page). */
    @Produces
    @Singleton
    @Replaces(DefaultAuthorizationExceptionHandler.class)
    static final class Refused implements ExceptionHandler<AuthorizationException, HttpResponse<?>> {

        private final Problems problems;

        Refused(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
            // Refused with a user (a valid token that lacks the gateway's authorizer) is a 401 too: the
            // only thing a request can lack here is an accepted sign-in.
            boolean tokenSent = request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
            return problems.response(request, HttpStatus.UNAUTHORIZED, tokenSent ? NOT_ACCEPTED : SIGN_IN_FIRST)
                    .header(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? REALM + ", error=\"invalid_token\"" : REALM);
        }
    }

    @Produces
    @Singleton
    static final class ProviderUnreachable implements ExceptionHandler<IssuerUnreachableException, HttpResponse<?>> {

        private static final Logger LOG = LoggerFactory.getLogger(ProviderUnreachable.class);

        private final Problems problems;

        ProviderUnreachable(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, IssuerUnreachableException exception) {
            LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), exception.getMessage());
            return problems.unavailable(request, PROVIDER_UNREACHABLE, RETRY_AFTER);
        }
    }
}
