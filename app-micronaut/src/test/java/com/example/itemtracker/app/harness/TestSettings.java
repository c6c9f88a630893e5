package com.example.itemtracker.app.harness;

import com.example.itemtracker.adapter.dataapi.FakeDataApi;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.testsupport.FakeAws;
import com.example.itemtracker.testsupport.TestDatabase;

import java.util.HashMap;
import java.util.Map;

/** The service's settings for the stores and fakes tests run it on. */
public final class TestSettings {

    private TestSettings() {
    }

    /** micronaut-aws-sdk-v2 reads these before the SDK's own chain, so no test touches system properties. */
    public static Map<String, Object> fakeAwsCredentials() {
        return Map.of("aws.access-key-id", FakeAws.ACCESS_KEY_ID, "aws.secret-key", FakeAws.SECRET_KEY);
    }

    /** STORE=data-api against a fake Data API. */
    public static Map<String, Object> dataApi(FakeDataApi fake, String engine, TableName table) {
        Map<String, Object> settings = new HashMap<>(fakeAwsCredentials());
        settings.put("item-tracker.store", "data-api");
        settings.put("item-tracker.data-api.engine", engine);
        settings.put("item-tracker.data-api.cluster-arn", FakeDataApi.CLUSTER_ARN);
        settings.put("item-tracker.data-api.secret-arn", FakeDataApi.SECRET_ARN);
        settings.put("item-tracker.data-api.database", FakeDataApi.DATABASE);
        settings.put("item-tracker.data-api.region", FakeAws.REGION.id());
        settings.put("item-tracker.data-api.endpoint", fake.endpoint().toString());
        settings.put("item-tracker.data-api.resume-budget", "1s");
        settings.put("item-tracker.data-api.call-timeout", "1s");
        settings.put("item-tracker.table-name", table.value());
        return settings;
    }

    /** STORE=jdbc on a real database. */
    public static Map<String, Object> jdbc(TestDatabase.Coordinates db, TableName table) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("item-tracker.store", "jdbc");
        settings.put("item-tracker.jdbc.url", db.url());
        settings.put("item-tracker.jdbc.user", db.user());
        settings.put("item-tracker.jdbc.password", db.password());
        settings.put("item-tracker.table-name", table.value());
        return settings;
    }
}
