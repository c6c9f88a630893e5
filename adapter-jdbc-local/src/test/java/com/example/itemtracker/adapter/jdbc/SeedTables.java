package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.port.TableName;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/** Tables for tests: a name of their own, the seed README's exact DDL, and dropping afterwards. */
final class SeedTables {

    static final String POSTGRES_DDL = "create table %s (iditem SERIAL PRIMARY KEY, description TEXT, guide VARCHAR(45),"
            + " status TEXT, username VARCHAR(45), archived BOOL DEFAULT false);";
    static final String MYSQL_DDL = "create table %s (iditem INT AUTO_INCREMENT PRIMARY KEY, description TEXT,"
            + " guide VARCHAR(45), status TEXT, username VARCHAR(45), archived BOOL DEFAULT 0);";

    private SeedTables() {
    }

    static TableName uniqueName() {
        return new TableName("work_items_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT));
    }

    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static void drop(DataSource dataSource, TableName table) throws SQLException {
        execute(dataSource, "DROP TABLE IF EXISTS " + table);
    }
}
