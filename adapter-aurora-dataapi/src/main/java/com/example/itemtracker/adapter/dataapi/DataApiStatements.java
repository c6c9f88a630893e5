package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.sql.WorkItemTable;

import java.util.List;

/**
 * The store's SQL for one table on one Aurora engine, with the Data API's named parameters. On
 * PostgreSQL an insert and an archive return the row ({@code RETURNING}); MySQL cannot, so its
 * insert reports the id in {@code generatedFields} and its archive reads first.
 */
record DataApiStatements(String insert, String selectById, String archiveById, String listAll, String listActive,
                         String listArchived, String probe, List<String> createIfMissing, boolean returnsRows) {

    static DataApiStatements of(DataApiSettings settings) {
        String table = settings.table().value();
        String columns = WorkItemTable.COLUMNS;
        boolean returning = settings.engine().table().updateReturnsRows();
        String returnRow = returning ? " RETURNING " + columns : "";
        String page = " ORDER BY iditem LIMIT :limit";
        // Rows inserted by hand into an existing table may have archived NULL: they count as active.
        return new DataApiStatements(
                "INSERT INTO " + table + " (description, guide, status, username, archived)"
                        + " VALUES (:description, :guide, :status, :username, false)" + returnRow,
                "SELECT " + columns + " FROM " + table + " WHERE iditem = :id",
                "UPDATE " + table + " SET archived = true WHERE iditem = :id" + returnRow,
                "SELECT " + columns + " FROM " + table + " WHERE iditem > :after" + page,
                "SELECT " + columns + " FROM " + table + " WHERE iditem > :after AND (archived = false OR archived IS NULL)" + page,
                "SELECT " + columns + " FROM " + table + " WHERE iditem > :after AND archived = true" + page,
                "SELECT iditem FROM " + table + " WHERE 1 = 0",
                settings.engine().table().createIfMissing(settings.table()),
                returning);
    }
}
