package com.example.itemtracker.adapter.jdbc;

import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.sql.WorkItemTable;

import java.sql.Connection;
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

        /**
         * With {@code LAZY_QUERY_EXECUTION} H2 reads a listing's rows after its statement has ended, and
         * at READ COMMITTED it stops keeping the listing's version of the file at that end: a compaction
         * meanwhile can drop a chunk the rest of the listing needs ("Chunk N not found",
         * h2database#4142). At REPEATABLE READ the version is kept until the result is closed.
         */
        @Override
        int listingIsolation() {
            return Connection.TRANSACTION_REPEATABLE_READ;
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

    /** The isolation level a listing reads at, or {@link #CONNECTION_ISOLATION} for the connection's own. */
    int listingIsolation() {
        return CONNECTION_ISOLATION;
    }

    static final int CONNECTION_ISOLATION = -1;

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
