package com.example.itemtracker.core.report;

import com.example.itemtracker.core.domain.EmailAddress;
import com.example.itemtracker.core.domain.WorkItem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Composes the report of active work items, as the original service did: subject "Work items",
 * the count and the time of the snapshot; up to the inline limit (10 by default) the items are
 * in the body as an HTML table and as CSV lines, beyond it the body points to the attached
 * {@value #CSV_FILENAME}. Pure: no clock, no I/O.
 */
public final class ReportComposer {

    public static final String SUBJECT = "Work items";
    public static final String CSV_FILENAME = "work_items.csv";
    public static final String CSV_CONTENT_TYPE = "text/csv; charset=UTF-8";
    public static final int DEFAULT_INLINE_LIMIT = 10;

    static final List<String> CSV_HEADER = List.of("description", "guide", "status", "username", "archived");
    private static final DateTimeFormatter SNAPSHOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx '('VV')'");

    private final int inlineLimit;
    private final ZoneId zone;

    /**
     * @param inlineLimit the most items listed in the body; more go into the attachment
     * @param zone        the time zone the snapshot time is stated in
     */
    public ReportComposer(int inlineLimit, ZoneId zone) {
        if (inlineLimit < 0) {
            throw new IllegalArgumentException("The inline limit must be 0 or more, but it is " + inlineLimit + ".");
        }
        this.inlineLimit = inlineLimit;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Whether a report of this many items carries them as an attachment rather than in the body. */
    public boolean attaches(int itemCount) {
        return itemCount > inlineLimit;
    }

    public ReportMessage compose(List<WorkItem> items, EmailAddress from, EmailAddress to, Instant snapshot) {
        String when = SNAPSHOT.format(snapshot.atZone(zone));
        String summary = switch (items.size()) {
            case 0 -> "There are no active work items as of " + when + ".";
            case 1 -> "There is 1 active work item as of " + when + ".";
            default -> "There are " + items.size() + " active work items as of " + when + ".";
        };
        String csv = csv(items);
        if (attaches(items.size())) {
            String pointer = "The list is longer than " + inlineLimit + " items: see the attached file " + CSV_FILENAME + ".";
            return new ReportMessage(from, to, SUBJECT,
                    summary + "\r\n\r\n" + pointer + "\r\n",
                    html(summary, pointer, List.of()),
                    List.of(new Attachment(CSV_FILENAME, CSV_CONTENT_TYPE, csv.getBytes(StandardCharsets.UTF_8))),
                    snapshot);
        }
        return new ReportMessage(from, to, SUBJECT,
                items.isEmpty() ? summary + "\r\n" : summary + "\r\n\r\n" + csv,
                html(summary, null, items),
                List.of(),
                snapshot);
    }

    private static String csv(List<WorkItem> items) {
        StringBuilder csv = new StringBuilder(64 * (items.size() + 1));
        csv.append(Csv.line(CSV_HEADER));
        for (WorkItem item : items) {
            csv.append(Csv.line(cells(item)));
        }
        return csv.toString();
    }

    private static List<String> cells(WorkItem item) {
        return List.of(item.description(), item.guide(), item.status(), item.username(), Boolean.toString(item.archived()));
    }

    private static String html(String summary, String pointer, List<WorkItem> items) {
        StringBuilder html = new StringBuilder(256 + 200 * items.size());
        html.append("<!DOCTYPE html>\r\n<html><head><meta charset=\"UTF-8\"><title>").append(SUBJECT)
                .append("</title></head><body>\r\n<h1>").append(SUBJECT).append("</h1>\r\n<p>")
                .append(Html.escape(summary)).append("</p>\r\n");
        if (pointer != null) {
            html.append("<p>").append(Html.escape(pointer)).append("</p>\r\n");
        }
        if (!items.isEmpty()) {
            html.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\r\n<thead><tr>");
            CSV_HEADER.forEach(header -> html.append("<th>").append(header).append("</th>"));
            html.append("</tr></thead>\r\n<tbody>\r\n");
            for (WorkItem item : items) {
                html.append("<tr>");
                cells(item).forEach(cell -> html.append("<td style=\"white-space:pre-wrap\">")
                        .append(Html.escape(cell)).append("</td>"));
                html.append("</tr>\r\n");
            }
            html.append("</tbody>\r\n</table>\r\n");
        }
        return html.append("</body></html>\r\n").toString();
    }
}
