package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.StoreFailureException;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.core.port.WorkItemStore;
import com.example.itemtracker.core.port.WorkItemStoreContract;
import com.example.itemtracker.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract against real PostgreSQL and MariaDB, on tables made with the seed README's exact
 * DDL (as a user who followed it has), plus what only a server database shows.
 */
abstract class ServerDatabaseStoreContract extends WorkItemStoreContract {

    private TestDatabase.Coordinates database;
    private DataSource dataSource;
    private TableName table;

    abstract TestDatabase database();

    abstract DataSource dataSource(TestDatabase.Coordinates database) throws SQLException;

    @Override
    protected WorkItemStore emptyStore() throws SQLException {
        database = database().require();
        dataSource = dataSource(database);
        table = database.createSeedTable();
        return new JdbcWorkItemStore(dataSource, table);
    }

    @AfterEach
    void dropTable() throws SQLException {
        if (table != null) {
            database.drop(table);
        }
    }

    /** The database, for a test's own tables and statements. */
    TestDatabase.Coordinates coordinates() {
        return database;
    }

    DataSource currentDataSource() {
        return dataSource;
    }

    @Test
    void rowsWrittenByHandWithNullsReadAsEmptyTextAndActive() throws SQLException {
        database.execute("INSERT INTO " + table + " (description, guide, status, username, archived)"
                + " VALUES ('by hand', NULL, NULL, NULL, NULL)");

        WorkItem byHand = store.list(ItemFilter.ALL).getFirst();

        assertThat(byHand).isEqualTo(new WorkItem(byHand.id(), "by hand", "", "", "", false));
        assertThat(store.list(ItemFilter.ACTIVE)).containsExactly(byHand);
        assertThat(store.archive(byHand.id())).contains(byHand.asArchived());
    }

    @Test
    void createTableIfMissingLeavesAnExistingTableAndItsRowsAlone() {
        WorkItem kept = store.add(item("Me", "keep me"));

        ((JdbcWorkItemStore) store).createTableIfMissing();

        assertThat(store.list(ItemFilter.ALL)).containsExactly(kept);
    }

    @Test
    void createTableIfMissingCreatesAWorkingTable() throws SQLException {
        TableName fresh = TestDatabase.uniqueTableName();
        try {
            JdbcWorkItemStore created = new JdbcWorkItemStore(dataSource, fresh);
            created.createTableIfMissing();
            created.checkAvailable();

            WorkItem added = created.add(item("😀".repeat(45), "emoji need utf8mb4 on MySQL"));

            assertThat(created.find(added.id())).contains(added);
        } finally {
            database.drop(fresh);
        }
    }

    @Test
    void aMissingTableIsAStoreFailureNamingTheOperation() {
        JdbcWorkItemStore missing = new JdbcWorkItemStore(dataSource, new TableName("no_such_table_here"));

        assertThatThrownBy(missing::checkAvailable).isInstanceOf(StoreFailureException.class)
                .hasMessageContaining("probe table no_such_table_here");
        assertThatThrownBy(() -> missing.list(ItemFilter.ALL)).isInstanceOf(StoreFailureException.class)
                .hasMessageStartingWith("The database failed to list work items");
    }
}
