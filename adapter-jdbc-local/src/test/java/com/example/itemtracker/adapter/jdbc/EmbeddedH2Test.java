package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.port.TableName;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded store's H2 file: opened with the service's settings, and kept up a round at a time. */
class EmbeddedH2Test {

    @TempDir
    Path dataDir;

    @Test
    void theUrlOpensAFileInTheDataDirectoryThatCommitsAtOnce() throws SQLException {
        JdbcDataSource database = database();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "WRITE_DELAY")).isEqualTo("0");
            assertThat(setting(statement, "RETENTION_TIME")).isEqualTo(Integer.toString(EmbeddedH2.RETENTION_MILLIS));
        }
        assertThat(dataDir.resolve("item-tracker.mv.db")).exists();
    }

    @Test
    void aRoundOfUpkeepCompactsAndForcesTheFileAndSaysHowLongEachTook() throws SQLException {
        JdbcDataSource database = database();
        try (Connection held = database.getConnection()) {
            JdbcWorkItemStore store = new JdbcWorkItemStore(database, TableName.defaultName());
            store.createTableIfMissing();
            for (int i = 0; i < 200; i++) {
                store.archive(store.add(new NewWorkItem("Item " + i, "java", "", "Me")).id());
            }

            FileUpkeep.Round round = EmbeddedH2.upkeep(database).run();

            assertThat(round.compacting()).isGreaterThanOrEqualTo(Duration.ZERO);
            assertThat(round.syncing()).isPositive();
            assertThat(held.isClosed()).isFalse();
        }
    }

    @Test
    void aRoundThatCannotReachTheFileFailsWithAnSqlException() {
        JdbcDataSource nowhere = new JdbcDataSource();
        nowhere.setURL("jdbc:h2:file:" + dataDir.resolve("missing") + ";IFEXISTS=TRUE");

        assertThatThrownBy(() -> EmbeddedH2.upkeep(nowhere).run()).isInstanceOf(SQLException.class);
    }

    /** The service's URL; the pool keeps a connection open, as a test must hold one. */
    private JdbcDataSource database() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(EmbeddedH2.url(dataDir) + ";DB_CLOSE_DELAY=-1");
        return database;
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '"
                + name + "'")) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
