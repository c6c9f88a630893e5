package com.example.itemtracker.app.aws;

import com.example.itemtracker.adapter.dataapi.FakeDataApi;
import com.example.itemtracker.adapter.ses.FakeSes;
import com.example.itemtracker.app.harness.RunningService;
import com.example.itemtracker.app.harness.TestSettings;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no DATA_API_ENDPOINT or SES_ENDPOINT, the clients resolve their endpoints as the SDK does,
 * so AWS_ENDPOINT_URL_RDS_DATA and AWS_ENDPOINT_URL_SES (here in their JVM-property form, which the
 * SDK reads the same way) point the service at another endpoint.
 */
class AwsEndpointSettingsTest {

    @Test
    void theSdksStandardEndpointSettingsReachBothClients() throws Exception {
        TestDatabase.Coordinates db = TestDatabase.POSTGRES.require();
        TableName table = db.createSeedTable();
        try (FakeDataApi dataApi = new FakeDataApi(FakeDataApi.Flavour.POSTGRESQL, db.url(), db.user(), db.password());
             FakeSes ses = new FakeSes()) {
            Map<String, Object> settings = TestSettings.dataApi(dataApi, "postgresql", table);
            settings.remove("item-tracker.data-api.endpoint");
            settings.put("item-tracker.report.sender", "ses");
            settings.put("item-tracker.report.sender-email", "reports@example.com");
            settings.put("item-tracker.report.ses.region", "us-east-1");
            System.setProperty("aws.endpointUrlRdsData", dataApi.endpoint().toString());
            System.setProperty("aws.endpointUrlSes", ses.endpoint().toString());
            try (RunningService service = RunningService.start(settings)) {
                assertThat(service.get("/api/items").statusCode()).isEqualTo(200);
                assertThat(service.postJson("/api/items:report", "{\"email\":\"to@example.com\"}").statusCode()).isEqualTo(200);
            } finally {
                System.clearProperty("aws.endpointUrlRdsData");
                System.clearProperty("aws.endpointUrlSes");
            }
            assertThat(dataApi.statements()).hasSize(2);
            assertThat(ses.received()).hasSize(1);
        } finally {
            db.drop(table);
        }
    }
}
