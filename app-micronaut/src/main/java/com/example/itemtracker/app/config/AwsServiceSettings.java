package com.example.itemtracker.app.config;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;

/** The per-service overrides of an AWS client: region and endpoint, each empty for the SDK's default chain. */
public interface AwsServiceSettings {

    @Nullable
    String region();

    @Nullable
    URI endpoint();

    /** @throws ConfigurationException naming {@code prefix.endpoint} when it is set but no absolute URL */
    static void checkEndpoint(String prefix, @Nullable URI endpoint) {
        if (endpoint != null && !endpoint.toString().isEmpty() && (endpoint.getScheme() == null || endpoint.getHost() == null)) {
            throw new ConfigurationException(Settings.describe(prefix + ".endpoint",
                    "must be an absolute URL such as https://vpce.example.com, but it is '" + endpoint + "'"));
        }
    }
}
