package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.StoreFailureException;
import com.example.itemtracker.core.domain.StoreUnavailableException;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.testsupport.FakeAws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;
import software.amazon.awssdk.services.rdsdata.model.RdsDataException;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Round trips, Serverless faults, throttling, refusals, large results and the health rule. */
class DataApiBehaviourTest {

    private DataApiFixture fixture;
    private TableName table;

    private DataApiWorkItemStore store(FakeDataApi.Flavour flavour, Duration resumeBudget, int pageSize) throws Exception {
        fixture = new DataApiFixture(flavour);
        table = fixture.createSeedTable();
        return new DataApiWorkItemStore(fixture.client(), fixture.settings(table, resumeBudget, pageSize));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (fixture != null) {
            fixture.drop(table);
            fixture.close();
            fixture = null;
        }
    }

    private static NewWorkItem item(String description) {
        return new NewWorkItem(description, "java", "", "Me");
    }

    @Test
    void postgresDoesEachOperationInOneCall() throws Exception {
        DataApiWorkItemStore store = store(FakeDataApi.Flavour.POSTGRESQL, Duration.ofSeconds(5), 100);
        FakeDataApi fake = fixture.fake();

        fake.resetCalls();
        WorkItem added = store.add(item("one call"));
        assertThat(fake.executeCalls()).isEqualTo(1);

        fake.resetCalls();
        assertThat(store.find(added.id())).contains(added);
        assertThat(fake.executeCalls()).isEqualTo(1);

        fake.resetCalls();
        assertThat(store.archive(added.id())).contains(added.asArchived());
        assertThat(fake.executeCalls()).isEqualTo(1);

        fake.resetCalls();
        assertThat(store.list(ItemFilter.ALL)).hasSize(1);
        assertThat(fake.executeCalls()).isEqualTo(1);
    }

    @Test
    void mysqlAddsAndReadsInOneCallAndArchivesAnActiveItemInTwo() throws Exception {
        DataApiWorkItemStore store = store(FakeDataApi.Flavour.MYSQL, Duration.ofSeconds(5), 100);
        FakeDataApi fake = fixture.fake();

        fake.resetCalls();
        WorkItem added = store.add(item("generated id"));
        assertThat(fake.executeCalls()).isEqualTo(1);

        fake.resetCalls();
        assertThat(store.list(ItemFilter.ACTIVE)).containsExactly(added);
        assertThat(fake.executeCalls()).isEqualTo(1);

        fake.resetCalls();
        assertThat(store.archive(added.id())).contains(added.asArchived());
        assertThat(fake.executeCalls()).isEqualTo(2);

        fake.resetCalls();
        assertThat(store.archive(added.id())).contains(added.asArchived());
        assertThat(fake.executeCalls()).as("already archived: read only").isEqualTo(1);
    }

    @Test
    void aResumingClusterIsWaitedFor() throws Exception {
        DataApiWorkItemStore store = store(FakeDataApi.Flavour.POSTGRESQL, Duration.ofSeconds(10), 100);
        fixture.fake().resumingFor(3);
        fixture.fake().resetCalls();

        WorkItem added = store.add(item("after resume"));

        assertThat(fixture.fake().executeCalls()).isEqualTo(4);
        assertThat(store.find(added.id())).contains(added);
    }

    @Test
    void aPausedV1ClusterIsWaitedForToo() throws Exception {
        DataApiWorkItemStore store = store(FakeDataApi.Flavour.MYSQL, Duration.ofSeconds(10), 100);
        fixture.fake().pausedV1For(2);

        assertThat(store.list(ItemFilter.ALL)).isEmpty();
    }

    @Test
    void aClusterResumingBeyondTheBudgetIsUnavailableAndChangesNothing() throws Exception {
        DataApiWorkItemStore store = store(FakeDataApi.Flavour.POSTGRESQL, Duration.ofMillis(800), 100);
        fixture.fake().resumingFor(1_000);

        long start = System.nanoTime();
        assertThatThrownBy(() -> store.add(item("never stored")))
                .isInstanceOf(StoreUnavailableException.class)
                .satisfies(e -> assertThat(((StoreUnavailableException) e).retryAfter()).isPositive());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

        fixture.fake().clearFaults();
        assertThat(store.list(ItemFilter.ALL)).isEmpty();
    }

    @Test
    void throttlingIsRetriedByTheSdk() throws Exception {
        DataApiWorkItemStore store = store(FakeDataApi.Flavour.POSTGRESQL, Duration.ofSeconds(5), 100);
        fixture.fake().throttleFor(2);
        fixture.fake().resetCalls();

        store.add(item("after throttling"));

        assertThat(fixture.fake().executeCalls()).isEqualTo(3);
    }

    @Test
    void accessDeniedIsAFailureAtOnce() throws Exception {
        DataApiWorkItemStore store = store(FakeDataApi.Flavour.POSTGRESQL, Duration.ofSeconds(5), 100);
        fixture.fake().failNext(403, "ForbiddenException", "User: arn:aws:sts::123456789012:assumed-role/x is not authorized");
        fixture.fake().resetCalls();

        assertThatThrownBy(() -> store.list(ItemFilter.ALL)).isInstanceOf(StoreFailureException.class)
                .hasMessageContaining("ForbiddenException");
        assertThat(fixture.fake().executeCalls()).isEqualTo(1);
    }

    @Test
    void aWrongSecretOrMissingTableIsAFailure() throws Exception {
        store(FakeDataApi.Flavour.POSTGRESQL, Duration.ofSeconds(5), 100);
        DataApiWorkItemStore wrongSecret = new DataApiWorkItemStore(fixture.client(), new DataApiSettings(
                FakeDataApi.CLUSTER_ARN, "arn:aws:secretsmanager:us-east-1:123456789012:secret:other", FakeDataApi.DATABASE,
                table, fixture.engine(), Duration.ofSeconds(5), 100));
        DataApiWorkItemStore missingTable = new DataApiWorkItemStore(fixture.client(),
                fixture.settings(new TableName("no_such_table"), Duration.ofSeconds(5), 100));

        assertThatThrownBy(() -> wrongSecret.list(ItemFilter.ALL)).isInstanceOf(StoreFailureException.class);
        assertThatThrownBy(() -> missingTable.list(ItemFilter.ALL)).isInstanceOf(StoreFailureException.class)
                .hasMessageContaining("DatabaseErrorException");
    }

    @Test
    void aListingLargerThanOneMebibyteIsPagedCompletely() throws Exception {
        DataApiWorkItemStore store = store(FakeDataApi.Flavour.POSTGRESQL, Duration.ofSeconds(5), 500);
        String big = "x".repeat(NewWorkItem.MAX_DESCRIPTION);
        fixture.sql("INSERT INTO " + table + " (description, guide, status, username) SELECT '" + big + "' || n, 'java', '', 'Me'"
                + " FROM generate_series(1, 150) AS n");
        fixture.fake().resetCalls();

        List<WorkItem> all = store.list(ItemFilter.ACTIVE);

        assertThat(fixture.fake().executeCalls()).as("refused pages, then smaller ones").isGreaterThan(2);
        assertThat(all).hasSize(150);
        assertThat(all).extracting(WorkItem::id).isSorted().doesNotHaveDuplicates();
        assertThat(all.getLast().description()).isEqualTo(big + "150");
    }

    @Test
    void healthReportsTheLastCallAndOnlyProbesWhenItHasNothingToGoOn() throws Exception {
        DataApiWorkItemStore store = store(FakeDataApi.Flavour.POSTGRESQL, Duration.ofMillis(300), 100);
        FakeDataApi fake = fixture.fake();
        fake.resetCalls();

        store.checkAvailable();
        assertThat(fake.executeCalls()).as("first probe, nothing seen yet").isEqualTo(1);

        store.checkAvailable();
        store.checkAvailable();
        assertThat(fake.executeCalls()).as("later probes reuse the last outcome and never wake the cluster").isEqualTo(1);

        fake.resumingFor(1_000);
        assertThatThrownBy(() -> store.list(ItemFilter.ALL)).isInstanceOf(StoreUnavailableException.class);
        int afterList = fake.executeCalls();
        assertThatThrownBy(store::checkAvailable).isInstanceOf(StoreUnavailableException.class);
        assertThat(fake.executeCalls()).isEqualTo(afterList);

        fake.clearFaults();
        store.list(ItemFilter.ALL);
        store.checkAvailable();
    }

    @Test
    void createTableIfMissingMakesAWorkingSeedTableOnBothEngines() throws Exception {
        for (FakeDataApi.Flavour flavour : FakeDataApi.Flavour.values()) {
            tearDown();
            store(flavour, Duration.ofSeconds(5), 100);
            TableName fresh = new TableName(table.value() + "_new");
            try {
                DataApiWorkItemStore created = new DataApiWorkItemStore(fixture.client(), fixture.settings(fresh, Duration.ofSeconds(5), 100));
                created.createTableIfMissing();
                created.createTableIfMissing();

                WorkItem added = created.add(item("in a created table 😀"));

                assertThat(created.archive(added.id())).as(flavour.name()).contains(added.asArchived());
            } finally {
                fixture.drop(fresh);
            }
        }
    }

    @Test
    void emojiInALatin1MySqlTableIsRefusedAsInput() throws Exception {
        DataApiWorkItemStore store = store(FakeDataApi.Flavour.MYSQL, Duration.ofSeconds(5), 100);
        fixture.sql("ALTER TABLE " + table + " CONVERT TO CHARACTER SET latin1");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> store.add(new NewWorkItem("emoji 😀 here", "java", "", "Me")));

        assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("description"));
        assertThat(store.list(ItemFilter.ALL)).isEmpty();
        store.checkAvailable();
    }

    /** The fake checks signatures as AWS does, so what the tests send is what the SDK signed. */
    @Test
    void aCallSignedWithAnotherSecretIsRefused() throws Exception {
        store(FakeDataApi.Flavour.POSTGRESQL, Duration.ofSeconds(5), 100);
        try (RdsDataClient signedWrong = RdsDataClient.builder().endpointOverride(fixture.fake().endpoint()).region(FakeAws.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(FakeAws.ACCESS_KEY_ID, "another")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            fixture.fake().resetCalls();

            RdsDataException e = catchThrowableOfType(RdsDataException.class, () -> signedWrong.executeStatement(call -> call
                    .resourceArn(FakeDataApi.CLUSTER_ARN).secretArn(FakeDataApi.SECRET_ARN).sql("SELECT 1")));

            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
            assertThat(fixture.fake().executeCalls()).isZero();
        }
    }
}
