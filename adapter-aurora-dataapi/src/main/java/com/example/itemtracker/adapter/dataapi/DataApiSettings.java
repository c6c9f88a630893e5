package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.port.TableName;
import com.example.itemtracker.sql.WorkItemTable;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the work items live in Aurora and how patiently to wait for it.
 *
 * @param clusterArn   the Aurora cluster ({@code CLUSTER_ARN})
 * @param secretArn    the Secrets Manager secret holding the database credentials ({@code SECRET_ARN})
 * @param database     the database name ({@code DATABASE})
 * @param engine       Aurora PostgreSQL or Aurora MySQL
 * @param resumeBudget how long one call may keep retrying while a Serverless cluster resumes
 * @param pageSize     rows per listing page (halved automatically when a page hits the 1 MiB response cap)
 */
public record DataApiSettings(String clusterArn, String secretArn, String database, TableName table, Engine engine,
                              Duration resumeBudget, int pageSize) {

    /** The Aurora engine behind the Data API. */
    public enum Engine {
        POSTGRESQL(WorkItemTable.POSTGRESQL), MYSQL(WorkItemTable.MYSQL);

        private final WorkItemTable table;

        Engine(WorkItemTable table) {
            this.table = table;
        }

        /** How this engine writes the seed's table. */
        public WorkItemTable table() {
            return table;
        }
    }

    public DataApiSettings {
        requireText(clusterArn, "clusterArn");
        requireText(secretArn, "secretArn");
        requireText(database, "database");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(engine, "engine");
        if (resumeBudget == null || resumeBudget.isNegative()) {
            throw new IllegalArgumentException("The resume budget must be a duration of 0 or more, but it is " + resumeBudget + ".");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("The page size must be at least 1, but it is " + pageSize + ".");
        }
    }

    /** An ARN or a name the Data API needs: a blank one would only fail at the first call. */
    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + name + " is required, but it is " + (value == null ? "missing" : "blank") + ".");
        }
    }
}
