package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.StoreUnavailableException;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresWorkItemStoreTest extends ServerDatabaseStoreContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }

    @Override
    DataSource dataSource(TestDatabase.Coordinates db) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(db.url());
        source.setUser(db.user());
        source.setPassword(db.password());
        return source;
    }

    @Test
    void anUnreachableServerIsUnavailableNotAFailure() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/itemtracker_test");
        nowhere.setConnectTimeout(2);
        JdbcWorkItemStore unreachable = new JdbcWorkItemStore(nowhere, TableName.defaultName());

        assertThatThrownBy(() -> unreachable.list(ItemFilter.ACTIVE)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageStartingWith("The database is not reachable (list work items)");
    }
}
