package com.example.itemtracker.app.config;

import io.micronaut.core.annotation.Nullable;

import java.net.URI;

/** The per-service overrides of an AWS client: region and endpoint, each empty for the SDK's default chain. */
public interface AwsServiceSettings {

    @Nullable
    String region();

    @Nullable
    URI endpoint();
}
