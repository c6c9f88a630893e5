package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.testsupport.FakeAws;
import com.example.itemtracker.testsupport.TestDatabase;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;

import java.sql.SQLException;
import java.time.Duration;

/**
 * A fake Data API over a real database, a table made with the seed's exact DDL, and the real SDK
 * client pointed at the fake. Test code (test-jar).
 */
public final class DataApiFixture implements AutoCloseable {

    private final TestDatabase.Coordinates database;
    private final FakeDataApi fake;
    private final RdsDataClient client;
    private final FakeDataApi.Flavour flavour;

    public DataApiFixture(FakeDataApi.Flavour flavour) throws Exception {
        this.flavour = flavour;
        this.database = (flavour == FakeDataApi.Flavour.POSTGRESQL ? TestDatabase.POSTGRES : TestDatabase.MARIADB).require();
        this.fake = new FakeDataApi(flavour, database.url(), database.user(), database.password());
        this.client = FakeAws.client(RdsDataClient.builder(), fake.endpoint());
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
        return database.createSeedTable();
    }

    public DataApiSettings settings(TableName table, Duration resumeBudget, int pageSize) {
        return new DataApiSettings(FakeDataApi.CLUSTER_ARN, FakeDataApi.SECRET_ARN, FakeDataApi.DATABASE, table, engine(),
                resumeBudget, pageSize);
    }

    public void sql(String sql) throws SQLException {
        database.execute(sql);
    }

    public void drop(TableName table) throws SQLException {
        database.drop(table);
    }

    @Override
    public void close() {
        client.close();
        fake.close();
    }
}
