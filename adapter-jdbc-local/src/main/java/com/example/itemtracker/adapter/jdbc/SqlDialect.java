package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.sql.WorkItemTable;

import java.util.Locale;

/** The databases the JDBC store supports, and the one statement that archives a row and returns it where there is one. */
enum SqlDialect {

    POSTGRESQL(WorkItemTable.POSTGRESQL) {
        @Override
        String archiveReturning(TableName table) {
            return "UPDATE " + table + " SET archived = true WHERE iditem = ? RETURNING " + WorkItemTable.COLUMNS;
        }
    },

    /** MySQL and MariaDB: neither can return the row from an UPDATE, so the store reads first. */
    MYSQL(WorkItemTable.MYSQL) {
        @Override
        String archiveReturning(TableName table) {
            throw new UnsupportedOperationException("MySQL cannot return a row from an UPDATE");
        }
    },

    H2(WorkItemTable.H2) {
        @Override
        String archiveReturning(TableName table) {
            return "SELECT " + WorkItemTable.COLUMNS + " FROM FINAL TABLE (UPDATE " + table + " SET archived = TRUE WHERE iditem = ?)";
        }
    };

    private final WorkItemTable table;

    SqlDialect(WorkItemTable table) {
        this.table = table;
    }

    WorkItemTable table() {
        return table;
    }

    /** Only where {@link WorkItemTable#updateReturnsRows()}. */
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
