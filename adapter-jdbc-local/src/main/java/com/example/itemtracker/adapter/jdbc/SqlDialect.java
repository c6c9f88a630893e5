package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.port.TableName;

import java.util.Locale;

/**
 * What differs between the databases the JDBC store supports: the seed DDL, and whether an
 * archive can return the row in the same statement.
 */
enum SqlDialect {

    POSTGRESQL {
        @Override
        String createTable(TableName table) {
            return "CREATE TABLE IF NOT EXISTS " + table + " (iditem SERIAL PRIMARY KEY, description TEXT,"
                    + " guide VARCHAR(45), status TEXT, username VARCHAR(45), archived BOOL DEFAULT false)";
        }

        @Override
        String archiveReturning(TableName table) {
            return "UPDATE " + table + " SET archived = true WHERE iditem = ? RETURNING " + COLUMNS;
        }
    },

    /** MySQL and MariaDB: neither can return the row from an UPDATE. */
    MYSQL {
        @Override
        String createTable(TableName table) {
            // The seed DDL, with utf8mb4 so that every Unicode character (emoji included) fits.
            return "CREATE TABLE IF NOT EXISTS " + table + " (iditem INT AUTO_INCREMENT PRIMARY KEY, description TEXT,"
                    + " guide VARCHAR(45), status TEXT, username VARCHAR(45), archived BOOL DEFAULT 0)"
                    + " CHARACTER SET utf8mb4";
        }

        @Override
        String archiveReturning(TableName table) {
            return null;
        }
    },

    H2 {
        @Override
        String createTable(TableName table) {
            // H2 counts VARCHAR length in UTF-16 units; 90 holds 45 code points of any kind.
            return "CREATE TABLE IF NOT EXISTS " + table + " (iditem INT AUTO_INCREMENT PRIMARY KEY, description CLOB,"
                    + " guide VARCHAR(90), status CLOB, username VARCHAR(90), archived BOOLEAN DEFAULT FALSE)";
        }

        @Override
        String archiveReturning(TableName table) {
            return "SELECT " + COLUMNS + " FROM FINAL TABLE (UPDATE " + table + " SET archived = TRUE WHERE iditem = ?)";
        }
    };

    static final String COLUMNS = "iditem, description, guide, status, username, archived";

    abstract String createTable(TableName table);

    /** One statement that archives the row and returns it, or null where the database has none. */
    abstract String archiveReturning(TableName table);

    static SqlDialect forProduct(String databaseProductName) {
        String product = databaseProductName.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("mysql") || product.contains("mariadb")) {
            return MYSQL;
        }
        if (product.equals("h2")) {
            return H2;
        }
        throw new IllegalArgumentException("Unsupported database '" + databaseProductName
                + "': the JDBC store works with H2, PostgreSQL, MySQL and MariaDB.");
    }
}
