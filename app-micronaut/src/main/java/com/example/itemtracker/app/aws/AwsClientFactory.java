package com.example.itemtracker.app.aws;

import com.example.itemtracker.adapter.ses.StreamedRawMessage;
import com.example.itemtracker.app.config.AwsServiceSettings;
import com.example.itemtracker.app.config.DataApiConfiguration;
import com.example.itemtracker.app.config.ReportConfiguration;
import com.example.itemtracker.app.config.SesConfiguration;
import com.example.itemtracker.app.config.Settings;
import com.example.itemtracker.app.config.StoreConfiguration;
import com.example.itemtracker.app.metrics.DataApiCallMetrics;
import io.micronaut.aws.sdk.v2.service.ses.SesClientFactory;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;
import software.amazon.awssdk.services.ses.SesClient;

import java.net.URI;

/**
 * The AWS clients of the process, one each, built once on micronaut-aws-sdk-v2's pieces: its
 * credentials chain, its region chain and its one {@link SdkHttpClient} (the pooled Apache client,
 * set under {@code aws.apache-client}). A service's own region or endpoint setting wins over the
 * chains; without one the SDK resolves them as usual, {@code AWS_ENDPOINT_URL_*} included.
 * micronaut-aws-sdk-v2's own SES factory is replaced because it always asks the region chain,
 * even when {@code SES_REGION} is set.
 */
@Factory
final class AwsClientFactory {

    private final SdkHttpClient httpClient;
    private final AwsCredentialsProviderChain credentials;
    private final AwsRegionProviderChain regions;

    AwsClientFactory(SdkHttpClient httpClient, AwsCredentialsProviderChain credentials, AwsRegionProviderChain regions) {
        this.httpClient = httpClient;
        this.credentials = credentials;
        this.regions = regions;
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = StoreConfiguration.STORE, pattern = StoreConfiguration.DATA_API)
    RdsDataClient rdsDataClient(DataApiConfiguration settings, DataApiCallMetrics metrics) {
        return build(RdsDataClient.builder().overrideConfiguration(call -> call.apiCallTimeout(settings.callTimeout())
                        .addExecutionInterceptor(metrics)),
                "The Data API", DataApiConfiguration.PREFIX, settings);
    }

    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = ReportConfiguration.SENDER, pattern = ReportConfiguration.SES)
    @Replaces(factory = SesClientFactory.class, bean = SesClient.class)
    SesClient sesClient(SesConfiguration settings) {
        return build(SesClient.builder().overrideConfiguration(call -> call.addExecutionInterceptor(new StreamedRawMessage())),
                "Amazon SES", SesConfiguration.PREFIX, settings);
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
            B builder, String service, String prefix, AwsServiceSettings settings) {
        builder.httpClient(httpClient).credentialsProvider(credentials).region(region(service, prefix, settings.region()));
        URI endpoint = settings.endpoint();
        if (endpoint != null && !endpoint.toString().isEmpty()) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    private Region region(String service, String prefix, String own) {
        if (own != null && !own.isBlank()) {
            return Region.of(own.strip());
        }
        try {
            return regions.getRegion();
        } catch (SdkClientException e) {
            throw new ConfigurationException(service + " needs a region: set AWS_REGION or "
                    + Settings.name(prefix + ".region") + ", e.g. us-east-1.", e);
        }
    }
}
