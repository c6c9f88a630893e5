package com.example.itemtracker.app.store;

import com.example.itemtracker.adapter.dataapi.DataApiWorkItemStore;
import com.example.itemtracker.app.config.StoreSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;

/** The Aurora Data API store: one RDS Data API client per process, no JDBC pool. */
@Factory
@Requires(property = "item-tracker.store", pattern = "(?i)data-api")
final class DataApiStoreFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DataApiStoreFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    RdsDataClient rdsDataClient(StoreSettings settings) {
        StoreSettings.DataApi dataApi = settings.dataApi();
        try {
            return DataApiWorkItemStore.client(dataApi.region() == null ? null : Region.of(dataApi.region()), dataApi.endpoint());
        } catch (SdkClientException e) {
            throw new ConfigurationException("The Data API needs a region: set AWS_REGION or DATA_API_REGION"
                    + " (item-tracker.data-api.region), e.g. us-east-1.", e);
        }
    }

    /** At start-up, so that a wrong setting stops the service before the first request. */
    @Context
    DataApiWorkItemStore store(RdsDataClient client, StoreSettings settings) {
        StoreSettings.DataApi dataApi = settings.dataApi();
        DataApiWorkItemStore store = new DataApiWorkItemStore(client, dataApi.settings(settings.table()));
        LOG.info("Data API store: Aurora {} cluster {}, database {} (table {}){}", dataApi.engine(), dataApi.clusterArn(),
                dataApi.database(), settings.table(), dataApi.endpoint() == null ? "" : " via " + dataApi.endpoint());
        if (settings.createTable()) {
            store.createTableIfMissing();
        }
        return store;
    }

    @Singleton
    StoreProbe probe(DataApiWorkItemStore store, StoreSettings settings) {
        return new StoreProbe(settings.kind().configName(), store::checkAvailable);
    }
}
