package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.domain.WorkItem;
import software.amazon.awssdk.services.rdsdata.model.Field;
import software.amazon.awssdk.services.rdsdata.model.SqlParameter;

import java.util.List;

/** Typed Data API values both ways: parameters out, work items in. */
final class Rows {

    private Rows() {
    }

    static SqlParameter text(String name, String value) {
        return SqlParameter.builder().name(name).value(Field.builder().stringValue(value).build()).build();
    }

    static SqlParameter number(String name, long value) {
        return SqlParameter.builder().name(name).value(Field.builder().longValue(value).build()).build();
    }

    /** A row of {@code iditem, description, guide, status, username, archived}. */
    static WorkItem workItem(List<Field> row) {
        return new WorkItem(row.get(0).longValue(), string(row.get(1)), string(row.get(2)), string(row.get(3)),
                string(row.get(4)), flag(row.get(5)));
    }

    private static String string(Field field) {
        return Boolean.TRUE.equals(field.isNull()) ? "" : field.stringValue();
    }

    /** PostgreSQL answers booleanValue; MySQL's BOOL is TINYINT and comes back as longValue; NULL is not archived. */
    private static boolean flag(Field field) {
        if (field.booleanValue() != null) {
            return field.booleanValue();
        }
        return field.longValue() != null && field.longValue() != 0;
    }
}
