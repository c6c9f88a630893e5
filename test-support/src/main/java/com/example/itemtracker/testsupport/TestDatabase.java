package com.example.itemtracker.testsupport;

import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.sql.WorkItemTable;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The real database servers integration tests run against, found in this order:
 * <ol>
 *   <li>environment variables {@code ITEMTRACKER_TEST_<DB>_URL}, {@code _USER}, {@code _PASSWORD}
 *       (DB is {@code POSTGRES} or {@code MARIADB});</li>
 *   <li>a Testcontainers container, when a Docker engine is reachable;</li>
 *   <li>otherwise the test is skipped with a notice, except under {@code CI=true}, where a missing
 *       database fails the test.</li>
 * </ol>
 */
public enum TestDatabase {

    POSTGRES("PostgreSQL", WorkItemTable.POSTGRESQL, () -> new PostgreSQLContainer("postgres:15-alpine")),
    MARIADB("MariaDB", WorkItemTable.MYSQL, () -> new MariaDBContainer("mariadb:10.11")
            .withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));

    /** Where a database came from, and how to connect to it. */
    public record Coordinates(String url, String user, String password, WorkItemTable dialect) {

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        public void execute(String sql) throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        /** A new table made with the seed README's exact DDL (as a user who followed it has), named for this test alone. */
        public TableName createSeedTable() throws SQLException {
            TableName table = uniqueTableName();
            execute(dialect.seedDdl(table));
            return table;
        }

        public void drop(TableName table) throws SQLException {
            execute("DROP TABLE IF EXISTS " + table);
        }
    }

    /** A table name no other test uses, so tests never see each other's rows. */
    public static TableName uniqueTableName() {
        return new TableName("work_items_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    private static final Map<TestDatabase, Coordinates> FOUND = new ConcurrentHashMap<>();
    private static final Set<TestDatabase> NOTICE_PRINTED = ConcurrentHashMap.newKeySet();

    private final String displayName;
    private final WorkItemTable dialect;
    private final Supplier<JdbcDatabaseContainer<?>> container;

    TestDatabase(String displayName, WorkItemTable dialect, Supplier<JdbcDatabaseContainer<?>> container) {
        this.displayName = displayName;
        this.dialect = dialect;
        this.container = container;
    }

    public String environmentPrefix() {
        return "ITEMTRACKER_TEST_" + name() + "_";
    }

    /**
     * The coordinates of this database; skips the calling test (or fails it under CI) when there is
     * none. A container, once started, serves every test in the JVM.
     */
    public Coordinates require() {
        Coordinates coordinates = FOUND.computeIfAbsent(this, TestDatabase::locate);
        if (coordinates.url() == null) {
            String notice = displayName + " is not available: set " + environmentPrefix() + "URL (and _USER, _PASSWORD)"
                    + " or run a Docker engine for Testcontainers.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and " + notice);
            }
            if (NOTICE_PRINTED.add(this)) {
                System.err.println("[SKIPPED] " + notice + " Tests that need it are skipped.");
            }
            Assumptions.abort(notice);
        }
        return coordinates;
    }

    private Coordinates locate() {
        String url = System.getenv(environmentPrefix() + "URL");
        if (url != null && !url.isBlank()) {
            return new Coordinates(url, System.getenv(environmentPrefix() + "USER"),
                    System.getenv().getOrDefault(environmentPrefix() + "PASSWORD", ""), dialect);
        }
        if (dockerAvailable()) {
            JdbcDatabaseContainer<?> started = container.get();
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
            return new Coordinates(started.getJdbcUrl(), started.getUsername(), started.getPassword(), dialect);
        }
        return new Coordinates(null, null, null, dialect);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
