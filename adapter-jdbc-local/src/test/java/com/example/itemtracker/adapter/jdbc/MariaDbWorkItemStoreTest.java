package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.testsupport.TestDatabase;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.sql.SQLException;

class MariaDbWorkItemStoreTest extends ServerDatabaseStoreContract {

    @Override
    DataSource dataSource() throws SQLException {
        TestDatabase.Coordinates db = TestDatabase.MARIADB.require();
        MariaDbDataSource source = new MariaDbDataSource(db.url());
        source.setUser(db.user());
        source.setPassword(db.password());
        return source;
    }

    @Override
    String seedDdl() {
        return SeedTables.MYSQL_DDL;
    }
}
