package com.example.itemtracker.app.security;

import com.example.itemtracker.app.config.AuthConfiguration;
import io.micronaut.context.env.PropertyExpressionResolver;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.value.PropertyResolver;

import java.util.Optional;

/**
 * Resolves {@code ${item-tracker.auth.signs-in}} to whether {@code AUTH=oidc}: application.yml sets
 * {@code micronaut.security.enabled} to it, since YAML cannot compute one setting from another.
 * Without sign-in the framework's security is then not there at all: no filter on every request,
 * none of its classes loaded (4 MB of the AOT cache). Found through {@code META-INF/services}, by
 * every application context (the server, the Lambda function, the tests).
 */
public final class SignInSwitch implements PropertyExpressionResolver {

    static final String EXPRESSION = AuthConfiguration.PREFIX + ".signs-in";

    @Override
    public <T> Optional<T> resolve(PropertyResolver properties, ConversionService conversion, String expression, Class<T> type) {
        if (!EXPRESSION.equals(expression)) {
            return Optional.empty();
        }
        boolean signsIn = properties.getProperty(AuthConfiguration.MODE, String.class)
                .map(mode -> mode.strip().equalsIgnoreCase(AuthConfiguration.Mode.OIDC.name())).orElse(false);
        return conversion.convert(signsIn, type);
    }
}
