package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.core.port.WorkItemStore;
import com.example.itemtracker.core.port.WorkItemStoreContract;
import org.junit.jupiter.api.AfterEach;

import java.time.Duration;

/** Core's store contract, unchanged, through the real SDK and the fake Data API. */
abstract class DataApiContract extends WorkItemStoreContract {

    private DataApiFixture fixture;
    private TableName table;

    abstract FakeDataApi.Flavour flavour();

    @Override
    protected WorkItemStore emptyStore() throws Exception {
        fixture = new DataApiFixture(flavour());
        table = fixture.createSeedTable();
        return new DataApiWorkItemStore(fixture.client(), fixture.settings(table, Duration.ofSeconds(5), 7));
    }

    @AfterEach
    void dropTable() throws Exception {
        if (fixture != null) {
            fixture.drop(table);
            fixture.close();
        }
    }
}
