package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.core.port.WorkItemStore;
import com.example.itemtracker.core.port.WorkItemStoreContract;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The embedded default: an H2 database in a file, with the table created by the store. */
class H2WorkItemStoreTest extends WorkItemStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected WorkItemStore emptyStore() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dataDir.resolve("item-tracker") + ";DB_CLOSE_DELAY=-1");
        JdbcWorkItemStore store = new JdbcWorkItemStore(dataSource, TableName.defaultName());
        store.createTableIfMissing();
        return store;
    }
}
