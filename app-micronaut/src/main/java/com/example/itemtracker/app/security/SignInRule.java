package com.example.itemtracker.app.security;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.example.itemtracker.app.config.AuthConfiguration;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.servlet.http.ServletHttpRequest;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which requests need a signed-in user: with {@code AUTH=oidc}, every one but the page and its
 * files, the page's sign-in settings, health, the OpenAPI document and Swagger UI, and CORS
 * preflights (which carry no token); so the API, {@code /prometheus} and any path not named here.
 * Without {@code AUTH=oidc}, none. Decides every request, before the framework's own rules.
 *
 * <p>Behind API Gateway (the Lambda function), the gateway's JWT authorizer must also have let the
 * request through: its claims are in the event, which only API Gateway writes, and they must name
 * the same subject as the token the function verified itself. A request that reached the function
 * any other way, or past a gateway without the authorizer, is refused whatever it carries.
 */
@Singleton
final class SignInRule implements SecurityRule<HttpRequest<?>> {

    private static final Publisher<SecurityRuleResult> ALLOWED = Publishers.just(SecurityRuleResult.ALLOWED);
    private static final Publisher<SecurityRuleResult> REJECTED = Publishers.just(SecurityRuleResult.REJECTED);
    private static final Set<String> OPEN = Set.of("/", "/auth/config", "/health", "/health/liveness", "/health/readiness",
            "/swagger-ui");
    private static final Set<String> OPEN_BELOW = Set.of("/assets/", "/swagger/", "/swagger-ui/");

    private final boolean required;

    SignInRule(AuthConfiguration auth) {
        this.required = auth.signInRequired();
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (!required || request.getMethod() == HttpMethod.OPTIONS || isOpen(request.getPath())) {
            return ALLOWED;
        }
        return authentication != null && passedTheGateway(request, authentication) ? ALLOWED : REJECTED;
    }

    static boolean isOpen(String path) {
        return OPEN.contains(path) || OPEN_BELOW.stream().anyMatch(path::startsWith) && !path.contains("..");
    }

    /** True outside Lambda; in Lambda, whether the gateway's authorizer passed the request for this subject. */
    private static boolean passedTheGateway(HttpRequest<?> request, Authentication authentication) {
        if (!(request instanceof ServletHttpRequest<?, ?> proxied) || !(proxied.getNativeRequest() instanceof APIGatewayV2HTTPEvent event)) {
            return true;
        }
        return Optional.ofNullable(event.getRequestContext()).map(APIGatewayV2HTTPEvent.RequestContext::getAuthorizer)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer::getJwt)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT::getClaims)
                .map((Map<String, String> claims) -> claims.get("sub"))
                .filter(authentication.getName()::equals).isPresent();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
