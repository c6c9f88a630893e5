package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.core.port.WorkItemStore;
import com.example.itemtracker.core.port.WorkItemStoreContract;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default: an H2 database in a file, with the table created by the store. */
class H2WorkItemStoreTest extends WorkItemStoreContract {

    @TempDir
    Path dataDir;

    private JdbcDataSource dataSource;

    @Override
    protected WorkItemStore emptyStore() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dataDir.resolve("item-tracker") + ";DB_CLOSE_DELAY=-1");
        JdbcWorkItemStore store = new JdbcWorkItemStore(dataSource, TableName.defaultName());
        store.createTableIfMissing();
        return store;
    }

    @Test
    void rowsWrittenByHandWithANullArchivedAreActiveInIdOrderAmongTheOthers() throws SQLException {
        WorkItem first = store.add(item("Me", "stored first"));
        execute("INSERT INTO work_items (description, archived) VALUES ('by hand', NULL)");
        WorkItem archived = store.archive(store.add(item("Me", "archived")).id()).orElseThrow();
        WorkItem last = store.add(item("Me", "stored last"));

        WorkItem byHand = store.list(ItemFilter.ALL).get(1);

        assertThat(byHand).isEqualTo(new WorkItem(byHand.id(), "by hand", "", "", "", false));
        assertThat(store.list(ItemFilter.ACTIVE)).containsExactly(first, byHand, last);
        assertThat(store.list(ItemFilter.ARCHIVED)).containsExactly(archived);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
