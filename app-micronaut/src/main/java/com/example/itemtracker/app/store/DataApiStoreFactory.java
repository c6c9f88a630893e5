package com.example.itemtracker.app.store;

import com.example.itemtracker.adapter.dataapi.DataApiWorkItemStore;
import com.example.itemtracker.app.config.DataApiConfiguration;
import com.example.itemtracker.app.config.StoreConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;

/** The Aurora Data API store, on the process's one RDS Data API client; no JDBC pool. */
@Factory
@Requires(property = StoreConfiguration.STORE, pattern = StoreConfiguration.DATA_API)
final class DataApiStoreFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DataApiStoreFactory.class);

    /** At start-up, so that a wrong setting stops the service before the first request. */
    @Context
    DataApiWorkItemStore store(RdsDataClient client, StoreConfiguration store, DataApiConfiguration dataApi) {
        DataApiWorkItemStore dataApiStore = new DataApiWorkItemStore(client, dataApi.settings(store.table()));
        LOG.info("Data API store: Aurora {} cluster {}, database {} (table {}){}", dataApi.engine(), dataApi.clusterArn(),
                dataApi.database(), store.table(), dataApi.endpoint() == null ? "" : " via " + dataApi.endpoint());
        if (store.createsTable()) {
            dataApiStore.createTableIfMissing();
        }
        return dataApiStore;
    }

    @Singleton
    StoreProbe probe(DataApiWorkItemStore dataApiStore, StoreConfiguration store) {
        return new StoreProbe(store.store().configName(), dataApiStore::checkAvailable);
    }
}
