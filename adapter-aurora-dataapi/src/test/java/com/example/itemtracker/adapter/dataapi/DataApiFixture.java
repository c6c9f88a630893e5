package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.testsupport.TestDatabase;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * A fake Data API over a real database, a table made with the seed's exact DDL, and the real SDK
 * client pointed at the fake. Test code (test-jar).
 */
public final class DataApiFixture implements AutoCloseable {

    static final String POSTGRES_DDL = "create table %s (iditem SERIAL PRIMARY KEY, description TEXT, guide VARCHAR(45),"
            + " status TEXT, username VARCHAR(45), archived BOOL DEFAULT false);";
    static final String MYSQL_DDL = "create table %s (iditem INT AUTO_INCREMENT PRIMARY KEY, description TEXT,"
            + " guide VARCHAR(45), status TEXT, username VARCHAR(45), archived BOOL DEFAULT 0);";

    private final TestDatabase.Coordinates database;
    private final FakeDataApi fake;
    private final RdsDataClient client;
    private final FakeDataApi.Flavour flavour;

    public DataApiFixture(FakeDataApi.Flavour flavour) throws Exception {
        this.flavour = flavour;
        this.database = (flavour == FakeDataApi.Flavour.POSTGRESQL ? TestDatabase.POSTGRES : TestDatabase.MARIADB).require();
        this.fake = new FakeDataApi(flavour, database.url(), database.user(), database.password());
        this.client = RdsDataClient.builder()
                .endpointOverride(fake.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "fake-secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    public FakeDataApi fake() {
        return fake;
    }

    public RdsDataClient client() {
        return client;
    }

    public TestDatabase.Coordinates database() {
        return database;
    }

    public DataApiSettings.Engine engine() {
        return flavour == FakeDataApi.Flavour.POSTGRESQL ? DataApiSettings.Engine.POSTGRESQL : DataApiSettings.Engine.MYSQL;
    }

    /** A new table in the seed's shape, with a name of its own. */
    public TableName createSeedTable() throws SQLException {
        TableName table = new TableName("work_items_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT));
        sql((flavour == FakeDataApi.Flavour.POSTGRESQL ? POSTGRES_DDL : MYSQL_DDL).formatted(table));
        return table;
    }

    public DataApiSettings settings(TableName table, Duration resumeBudget, int pageSize) {
        return new DataApiSettings(FakeDataApi.CLUSTER_ARN, FakeDataApi.SECRET_ARN, FakeDataApi.DATABASE, table, engine(),
                resumeBudget, pageSize);
    }

    public void sql(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public void drop(TableName table) throws SQLException {
        sql("DROP TABLE IF EXISTS " + table);
    }

    @Override
    public void close() {
        client.close();
        fake.close();
    }
}
