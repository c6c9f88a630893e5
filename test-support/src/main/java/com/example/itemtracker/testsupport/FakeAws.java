package com.example.itemtracker.testsupport;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

import java.net.URI;

/** Credentials and a region that no real AWS account has, for the real SDK talking to an in-process fake. */
public final class FakeAws {

    public static final String ACCESS_KEY_ID = "AKIDFAKEFAKEFAKE";
    public static final String SECRET_KEY = "fake-secret-key-never-real";
    public static final Region REGION = Region.US_EAST_1;

    private FakeAws() {
    }

    /** A real SDK client of any service, pointed at a fake endpoint on loopback. */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder, URI endpoint) {
        return builder.endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
