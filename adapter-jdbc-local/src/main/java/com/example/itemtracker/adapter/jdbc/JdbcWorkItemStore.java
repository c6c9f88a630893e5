package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.StoreFailureException;
import com.example.itemtracker.core.domain.StoreUnavailableException;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.domain.WorkItemException;
import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.core.port.WorkItemStore;
import com.example.itemtracker.sql.WorkItemTable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * {@link WorkItemStore} over JDBC, for H2, PostgreSQL and MySQL/MariaDB, on a table in the shape
 * of the seed README's DDL. Every operation is one SQL statement, except archiving an active item
 * on MySQL/MariaDB, which cannot return a row from an UPDATE: it reads the row, then updates it.
 *
 * <p>The caller owns the {@link DataSource} (and so the pool); the database kind is read from the
 * first connection.
 */
public final class JdbcWorkItemStore implements WorkItemStore {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /** Rows the driver fetches at a time where it streams; a few hundred kilobytes of items. */
    private static final int FETCH_SIZE = 1_000;

    private final DataSource dataSource;
    private final TableName table;
    private final String selectAll;
    private final String selectArchived;
    private final String selectById;
    private final String insert;
    private final String archive;
    private volatile SqlDialect dialect;

    public JdbcWorkItemStore(DataSource dataSource, TableName table) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = Objects.requireNonNull(table, "table");
        String select = "SELECT " + WorkItemTable.COLUMNS + " FROM " + table;
        this.selectAll = select + " ORDER BY iditem";
        this.selectArchived = select + " WHERE archived = true ORDER BY iditem";
        this.selectById = select + " WHERE iditem = ?";
        this.insert = "INSERT INTO " + table + " (description, guide, status, username, archived) VALUES (?, ?, ?, ?, false)";
        this.archive = "UPDATE " + table + " SET archived = true WHERE iditem = ?";
    }

    /** Creates the table with the seed's DDL for this database when it does not exist yet. */
    public void createTableIfMissing() {
        run("create table " + table, connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String ddl : dialect(connection).table().createIfMissing(table)) {
                    statement.execute(ddl);
                }
            }
            return null;
        });
    }

    /** A cheap probe that the database answers and the table exists; throws what any call would. */
    public void checkAvailable() {
        run("probe table " + table, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT iditem FROM " + table + " WHERE 1 = 0");
                 ResultSet ignored = statement.executeQuery()) {
                return null;
            }
        });
    }

    @Override
    public List<WorkItem> list(ItemFilter filter) {
        List<WorkItem> items = new ArrayList<>();
        forEach(filter, items::add);
        return items;
    }

    /**
     * Reads with a fetch size, so the driver need not hold the whole result: MariaDB's driver streams the
     * rows, H2 does with {@code LAZY_QUERY_EXECUTION} (at the isolation level its dialect names, which
     * keeps the rows a listing has yet to read); PostgreSQL's driver fetches in steps only inside a
     * transaction, which would cost every listing a round trip more, so it reads whole.
     */
    @Override
    public void forEach(ItemFilter filter, Consumer<? super WorkItem> sink) {
        run("list work items", connection -> {
            SqlDialect dialect = dialect(connection);
            String sql = switch (filter) {
                case ALL -> selectAll;
                case ARCHIVED -> selectArchived;
                case ACTIVE -> dialect.table().selectActive(table);
            };
            int wanted = dialect.listingIsolation();
            // Asked only where a level is wanted: pgJDBC would answer with a round trip.
            int before = wanted == SqlDialect.CONNECTION_ISOLATION ? wanted : connection.getTransactionIsolation();
            boolean switched = before != wanted;
            if (switched) {
                connection.setTransactionIsolation(wanted);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(item(rows));
                    }
                }
            } finally {
                if (switched) {
                    connection.setTransactionIsolation(before);
                }
            }
            return null;
        });
    }

    @Override
    public Optional<WorkItem> find(long id) {
        return run("find work item " + id, connection -> selectOne(connection, id));
    }

    @Override
    public WorkItem add(NewWorkItem item) {
        return run("add work item", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(insert, new String[] {"iditem"})) {
                statement.setString(1, item.description());
                statement.setString(2, item.guide());
                statement.setString(3, item.status());
                statement.setString(4, item.username());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("the database returned no id for the new row");
                    }
                    return new WorkItem(keys.getLong(1), item.description(), item.guide(), item.status(),
                            item.username(), false);
                }
            }
        });
    }

    @Override
    public Optional<WorkItem> archive(long id) {
        return run("archive work item " + id, connection -> {
            SqlDialect dialect = dialect(connection);
            if (dialect.table().updateReturnsRows()) {
                try (PreparedStatement statement = connection.prepareStatement(dialect.archiveReturning(table))) {
                    statement.setLong(1, id);
                    return readAll(statement).stream().findFirst();
                }
            }
            return WorkItemTable.archiveAfterReading(selectOne(connection, id), () -> {
                try (PreparedStatement statement = connection.prepareStatement(archive)) {
                    statement.setLong(1, id);
                    statement.executeUpdate();
                }
            });
        });
    }

    private Optional<WorkItem> selectOne(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(selectById)) {
            statement.setLong(1, id);
            return readAll(statement).stream().findFirst();
        }
    }

    private static List<WorkItem> readAll(PreparedStatement statement) throws SQLException {
        List<WorkItem> items = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                items.add(item(rows));
            }
        }
        return items;
    }

    private static WorkItem item(ResultSet rows) throws SQLException {
        return new WorkItem(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getBoolean(6));
    }

    private SqlDialect dialect(Connection connection) throws SQLException {
        SqlDialect known = dialect;
        if (known == null) {
            try {
                known = SqlDialect.forProduct(connection.getMetaData().getDatabaseProductName());
            } catch (IllegalArgumentException unsupported) {
                throw new SQLException(unsupported.getMessage(), "0A000", unsupported);
            }
            dialect = known;
        }
        return known;
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T run(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    /** The work item column a database error message names, if any. */
    private static String columnNamedIn(String message) {
        if (message != null) {
            for (String column : List.of("description", "guide", "status", "username")) {
                if (message.contains("`" + column + "`") || message.contains("'" + column + "'")
                        || message.contains("\"" + column + "\"")) {
                    return column;
                }
            }
        }
        return null;
    }

    private static WorkItemException translate(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // Class 22 is "data exception"; MySQL/MariaDB also say HY000 with error 1366 for a character
        // the column's character set lacks.
        if (state.startsWith("22") || e.getErrorCode() == 1366) {
            return InvalidInputException.notStorable(columnNamedIn(e.getMessage()));
        }
        // Class 08 is "connection exception"; 57P03 is PostgreSQL's "cannot connect now" while starting.
        if (e instanceof SQLTransientConnectionException || e instanceof SQLRecoverableException
                || state.startsWith("08") || state.equals("57P03")) {
            return new StoreUnavailableException("The database is not reachable (" + what + "): " + e.getMessage(),
                    RETRY_AFTER, e);
        }
        return new StoreFailureException("The database failed to " + what + " (SQL state " + state + "): "
                + e.getMessage(), e);
    }
}
