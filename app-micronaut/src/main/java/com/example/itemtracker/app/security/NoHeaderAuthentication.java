package com.example.itemtracker.app.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.function.aws.proxy.security.MicronautLambdaAuthenticationFetcher;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Takes the place of the Lambda proxy module's authentication fetcher, which is on the class path of
 * every runtime (the Netty server's too) and, besides the API Gateway authorizer's claims, takes a
 * plain {@code x-amzn-oidc-identity} header for a signed-in user: a header any client can send.
 * Here a request is authenticated by a verified bearer token alone (the framework's token fetcher);
 * the authorizer's claims are checked beside it, by {@link SignInRule}.
 */
@Singleton
@Replaces(MicronautLambdaAuthenticationFetcher.class)
final class NoHeaderAuthentication implements AuthenticationFetcher<HttpRequest<?>> {

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return Publishers.empty();
    }
}
