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
        Objects.requireNonNull(clusterArn, "clusterArn");
        Objects.requireNonNull(secretArn, "secretArn");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(resumeBudget, "resumeBudget");
        if (resumeBudget.isNegative()) {
            throw new IllegalArgumentException("The resume budget must not be negative.");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("The page size must be at least 1, but it is " + pageSize + ".");
        }
    }
}
