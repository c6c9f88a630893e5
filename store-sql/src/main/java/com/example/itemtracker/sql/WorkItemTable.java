package com.example.itemtracker.sql;

import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.port.TableName;

import java.util.List;
import java.util.Optional;

/**
 * The seed README's work item table, as each database the SQL stores support writes it, and what
 * the stores share about it. The one place its DDL and column list are written.
 */
public enum WorkItemTable {

    POSTGRESQL("iditem SERIAL PRIMARY KEY, description TEXT, guide VARCHAR(45), status TEXT, username VARCHAR(45),"
            + " archived BOOL DEFAULT false"),

    /** MySQL and MariaDB; a table the service creates is utf8mb4, so that every character (emoji included) fits. */
    MYSQL("iditem INT AUTO_INCREMENT PRIMARY KEY, description TEXT, guide VARCHAR(45), status TEXT, username VARCHAR(45),"
            + " archived BOOL DEFAULT 0"),

    /** The embedded store's: H2 counts VARCHAR length in UTF-16 units, so 90 holds 45 code points of any kind. */
    H2("iditem INT AUTO_INCREMENT PRIMARY KEY, description CLOB, guide VARCHAR(90), status CLOB, username VARCHAR(90),"
            + " archived BOOLEAN DEFAULT FALSE");

    /** Every column, in the order the stores read them. */
    public static final String COLUMNS = "iditem, description, guide, status, username, archived";

    private final String columnDefinitions;

    WorkItemTable(String columnDefinitions) {
        this.columnDefinitions = columnDefinitions;
    }

    /** The seed README's DDL as written there: the table a user who followed it already has. */
    public String seedDdl(TableName table) {
        return "CREATE TABLE " + table + " (" + columnDefinitions + ")";
    }

    /**
     * What the stores run for {@code CREATE_TABLE}, in order: the seed's table when it does not exist
     * yet, and an index on {@code (archived, iditem)}, so that listing the active items does not read
     * every archived one. A table made by hand keeps working without it, only slower to list as it grows.
     */
    public List<String> createIfMissing(TableName table) {
        String create = "CREATE TABLE IF NOT EXISTS " + table + " (" + columnDefinitions;
        if (this == MYSQL) {
            // MySQL has no CREATE INDEX IF NOT EXISTS; an index named in the table's own DDL comes with it.
            return List.of(create + ", INDEX by_archived (archived, iditem)) CHARACTER SET utf8mb4");
        }
        return List.of(create + ")",
                "CREATE INDEX IF NOT EXISTS " + table + "_by_archived ON " + table + " (archived, iditem)");
    }

    /**
     * The active items (archived false, or NULL in rows written by hand), in id order. PostgreSQL and
     * MySQL serve the {@code OR} with {@code IS NULL} from the {@code (archived, iditem)} index in id
     * order. H2 uses that index only for each half of a {@code UNION ALL}, whose result it then sorts
     * whole in memory (at 10,000 items that cost more per item than at 1,000: bench/cost-growth.sh);
     * {@code IS NOT TRUE} it reads along the primary key, already in order, row by row as the listing
     * is written, at the price of passing over the archived rows.
     */
    public String selectActive(TableName table) {
        String select = "SELECT " + COLUMNS + " FROM " + table;
        return this == H2
                ? select + " WHERE archived IS NOT TRUE ORDER BY iditem"
                : select + " WHERE archived = false OR archived IS NULL ORDER BY iditem";
    }

    /** Whether one statement can archive a row and return it (PostgreSQL's and H2's, not MySQL's). */
    public boolean updateReturnsRows() {
        return this != MYSQL;
    }

    /** The update of an archive that had to read the row first. */
    @FunctionalInterface
    public interface Update<E extends Exception> {
        void run() throws E;
    }

    /**
     * Archives where an {@code UPDATE} cannot return the row: from the row just read, it updates only
     * an active item. Nothing ever un-archives or edits an item, so the row read, archived, is what
     * is stored, and a missing or archived item costs the read alone.
     */
    public static <E extends Exception> Optional<WorkItem> archiveAfterReading(Optional<WorkItem> current, Update<E> update)
            throws E {
        if (current.isEmpty() || current.get().archived()) {
            return current;
        }
        update.run();
        return Optional.of(current.get().asArchived());
    }
}
