package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.StoreFailureException;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.core.port.WorkItemStore;
import com.example.itemtracker.core.port.WorkItemStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract against real PostgreSQL and MariaDB, on tables made with the seed README's exact
 * DDL (as a user who followed it has), plus what only a server database shows.
 */
abstract class ServerDatabaseStoreContract extends WorkItemStoreContract {

    private DataSource dataSource;
    private TableName table;

    abstract DataSource dataSource() throws SQLException;

    abstract String seedDdl();

    @Override
    protected WorkItemStore emptyStore() throws SQLException {
        dataSource = dataSource();
        table = SeedTables.uniqueName();
        SeedTables.execute(dataSource, seedDdl().formatted(table));
        return new JdbcWorkItemStore(dataSource, table);
    }

    @AfterEach
    void dropTable() throws SQLException {
        if (table != null) {
            SeedTables.drop(dataSource, table);
        }
    }

    @Test
    void rowsWrittenByHandWithNullsReadAsEmptyTextAndActive() throws SQLException {
        SeedTables.execute(dataSource, "INSERT INTO " + table + " (description, guide, status, username, archived)"
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
        TableName fresh = SeedTables.uniqueName();
        try {
            JdbcWorkItemStore created = new JdbcWorkItemStore(dataSource, fresh);
            created.createTableIfMissing();
            created.checkAvailable();

            WorkItem added = created.add(item("😀".repeat(45), "emoji need utf8mb4 on MySQL"));

            assertThat(created.find(added.id())).contains(added);
        } finally {
            SeedTables.drop(dataSource, fresh);
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
