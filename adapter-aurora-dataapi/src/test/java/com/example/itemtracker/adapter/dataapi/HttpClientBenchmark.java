package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.testsupport.FakeAws;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Compares the SDK's synchronous HTTP clients for the Data API store: time to build the client
 * and make the first call (start-up), and calls per second, one caller and eight, against the
 * fake Data API on local PostgreSQL. Run by bench/data-api-http-client.sh; prints figures.
 */
public final class HttpClientBenchmark {

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        try (DataApiFixture fixture = new DataApiFixture(FakeDataApi.Flavour.POSTGRESQL)) {
            TableName table = fixture.createSeedTable();
            try {
                // The first client built in a JVM pays the SDK's class loading: order decides who pays,
                // so each client is run first in its own JVM (argument 1) and then warm.
                boolean apacheFirst = args.length > 1 && args[1].equals("apache");
                for (int round = 0; round < 2; round++) {
                    if (apacheFirst) {
                        measure("apache", ApacheHttpClient::create, fixture, table, calls, round == 1);
                        measure("url-connection", UrlConnectionHttpClient::create, fixture, table, calls, true);
                    } else {
                        measure("url-connection", UrlConnectionHttpClient::create, fixture, table, calls, round == 1);
                        measure("apache", ApacheHttpClient::create, fixture, table, calls, true);
                    }
                }
            } finally {
                fixture.drop(table);
            }
        }
    }

    private static void measure(String name, Supplier<SdkHttpClient> http, DataApiFixture fixture, TableName table,
                                int calls, boolean warm) throws Exception {
        long start = System.nanoTime();
        RdsDataClient client = RdsDataClient.builder()
                .endpointOverride(fixture.fake().endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(FakeAws.ACCESS_KEY_ID, FakeAws.SECRET_KEY)))
                .httpClient(http.get())
                .build();
        DataApiWorkItemStore store = new DataApiWorkItemStore(client, fixture.settings(table, Duration.ofSeconds(5), 500));
        long id = store.add(new NewWorkItem("benchmark", "java", "", "Me")).id();
        double firstCallMs = (System.nanoTime() - start) / 1e6;

        long sequentialStart = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            store.find(id);
        }
        double sequentialPerSecond = calls / ((System.nanoTime() - sequentialStart) / 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        long concurrentStart = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            futures.add(pool.submit(() -> store.list(ItemFilter.ACTIVE)));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double concurrentPerSecond = calls / ((System.nanoTime() - concurrentStart) / 1e9);
        pool.shutdown();
        client.close();
        System.out.printf("%-15s %-5s build+first call %7.1f ms   1 caller %7.0f calls/s   8 callers %7.0f calls/s%n",
                name, warm ? "warm" : "cold", firstCallMs, sequentialPerSecond, concurrentPerSecond);
    }
}
