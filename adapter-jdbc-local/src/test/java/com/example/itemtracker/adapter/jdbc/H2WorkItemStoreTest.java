package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.core.port.WorkItemStore;
import com.example.itemtracker.core.port.WorkItemStoreContract;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

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

    /**
     * The embedded service reads listings lazily and compacts the file while it serves. A listing must
     * see the rows as they were when it started, even when every row changes and the chunks it would
     * read next are dropped before it reads them (h2database#4142: "Chunk N not found").
     */
    @Test
    void aLazyListingReadsItsVersionWhileTheRowsChangeAndTheFileIsCompacted() throws SQLException {
        JdbcDataSource lazy = new JdbcDataSource();
        lazy.setURL("jdbc:h2:file:" + dataDir.resolve("lazy") + ";LAZY_QUERY_EXECUTION=TRUE;WRITE_DELAY=0;RETENTION_TIME=0");
        JdbcWorkItemStore lazyStore = new JdbcWorkItemStore(lazy, TableName.defaultName());
        lazyStore.createTableIfMissing();
        int rows = 20_000;
        try (Connection connection = lazy.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO work_items (description, guide, status, username, archived)"
                    + " SELECT 'item ' || X, 'java', '', 'Me', false FROM SYSTEM_RANGE(1, " + rows + ")");
        }
        // The last connection closed the database, so the listing starts with nothing of it cached.

        List<WorkItem> listed = new ArrayList<>();
        lazyStore.forEach(ItemFilter.ALL, item -> {
            if (listed.isEmpty()) {
                rewriteEveryRowAndCompact(lazy);
            }
            listed.add(item);
        });

        assertThat(listed).hasSize(rows);
        assertThat(listed).allSatisfy(item -> assertThat(item.status()).isEmpty());
        assertThat(listed).extracting(WorkItem::description).endsWith("item " + rows);
        assertThat(lazyStore.list(ItemFilter.ALL)).allSatisfy(item -> assertThat(item.status()).isEqualTo("changed"));
    }

    /** A pool that does not reset what a borrower changed must get its connection back as it lent it. */
    @Test
    void aListingLeavesItsConnectionAtItsOwnIsolationLevel() throws SQLException {
        store.add(item("Me", "listed"));
        try (Connection shared = dataSource.getConnection()) {
            shared.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            Connection lent = proxy(Connection.class, (proxy, method, args) ->
                    method.getName().equals("close") ? null : method.invoke(shared, args));
            DataSource pool = proxy(DataSource.class, (proxy, method, args) -> {
                if (method.getName().equals("getConnection")) {
                    return lent;
                }
                throw new UnsupportedOperationException(method.getName());
            });

            assertThat(new JdbcWorkItemStore(pool, TableName.defaultName()).list(ItemFilter.ALL)).hasSize(1);

            assertThat(shared.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(H2WorkItemStoreTest.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static void rewriteEveryRowAndCompact(JdbcDataSource source) {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE work_items SET status = 'changed'");
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
            store.compact(100, Integer.MAX_VALUE);
            statement.execute("CHECKPOINT");
            statement.execute("INSERT INTO work_items (description) VALUES ('after the listing began')");
            statement.execute("DELETE FROM work_items WHERE description = 'after the listing began'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
