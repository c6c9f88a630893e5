package com.example.itemtracker.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;

/**
 * Amazon SES for {@code REPORT_SENDER=ses}.
 *
 * @param region   empty for the SDK's default region chain ({@code AWS_REGION}, profile, ...)
 * @param endpoint empty for the SDK's endpoint resolution ({@code AWS_ENDPOINT_URL_SES}, the service's own)
 */
@ConfigurationProperties(SesConfiguration.PREFIX)
@Requires(property = ReportConfiguration.SENDER, pattern = ReportConfiguration.SES)
public record SesConfiguration(@Nullable String region, @Nullable URI endpoint) implements AwsServiceSettings {

    public static final String PREFIX = ReportConfiguration.PREFIX + ".ses";

    public SesConfiguration {
        AwsServiceSettings.checkEndpoint(PREFIX, endpoint);
    }
}
