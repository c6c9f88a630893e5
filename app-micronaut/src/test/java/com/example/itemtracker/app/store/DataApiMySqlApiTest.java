package com.example.itemtracker.app.store;

import com.example.itemtracker.adapter.dataapi.FakeDataApi;
import com.example.itemtracker.app.harness.ClientFlow;
import com.example.itemtracker.app.harness.RunningService;
import com.example.itemtracker.app.harness.TestSettings;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** DATA_API_ENGINE=mysql: the client's flow against the fake Data API in its Aurora MySQL flavour, on MariaDB. */
class DataApiMySqlApiTest {

    @Test
    void theClientsFlowWorksOnAuroraMySqlOnATableTheServiceCreates() throws Exception {
        TestDatabase.Coordinates db = TestDatabase.MARIADB.require();
        TableName table = TestDatabase.uniqueTableName();
        try (FakeDataApi dataApi = new FakeDataApi(FakeDataApi.Flavour.MYSQL, db.url(), db.user(), db.password())) {
            Map<String, Object> settings = TestSettings.dataApi(dataApi, "mysql", table);
            settings.put("item-tracker.create-table", "true");
            try (RunningService service = RunningService.start(settings)) {
                dataApi.resetCalls();
                ClientFlow.run(service, "%3A");
                // Five listings, one add, the archive as a read and an update, one get, the report's listing.
                assertThat(dataApi.executeCalls()).as("%s", dataApi.statements()).isEqualTo(10);
            }
        } finally {
            db.drop(table);
        }
    }
}
