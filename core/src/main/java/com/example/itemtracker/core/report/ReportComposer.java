package com.example.itemtracker.core.report;

import com.example.itemtracker.core.domain.EmailAddress;
import com.example.itemtracker.core.domain.WorkItem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
    private static final int CHUNK = 64 * 1024;

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
        Draft draft = start(from, to, snapshot);
        items.forEach(draft::add);
        return draft.finish();
    }

    /**
     * A report composed item by item as a store hands the items over, so that a report of any length
     * holds its CSV as UTF-8 bytes and never the items themselves (beyond the inline limit's few).
     */
    public Draft start(EmailAddress from, EmailAddress to, Instant snapshot) {
        return new Draft(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"),
                Objects.requireNonNull(snapshot, "snapshot"));
    }

    /** One report being composed: {@link #add} each item in order, then {@link #finish}. */
    public final class Draft {

        private final EmailAddress from;
        private final EmailAddress to;
        private final Instant snapshot;
        private final List<WorkItem> inline = new ArrayList<>();
        /** The CSV in chunks of about {@value #CHUNK} bytes: never one array grown and copied. */
        private final List<byte[]> csv = new ArrayList<>();
        private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK + 1024);
        private int count;

        private Draft(EmailAddress from, EmailAddress to, Instant snapshot) {
            this.from = from;
            this.to = to;
            this.snapshot = snapshot;
            chunk.writeBytes(Csv.line(CSV_HEADER).getBytes(StandardCharsets.UTF_8));
        }

        public void add(WorkItem item) {
            count++;
            if (count <= inlineLimit) {
                inline.add(item);
            } else {
                inline.clear();
            }
            chunk.writeBytes(Csv.line(cells(item)).getBytes(StandardCharsets.UTF_8));
            if (chunk.size() >= CHUNK) {
                csv.add(chunk.toByteArray());
                chunk.reset();
            }
        }

        public int itemCount() {
            return count;
        }

        public ReportMessage finish() {
            if (chunk.size() > 0) {
                csv.add(chunk.toByteArray());
                chunk.reset();
            }
            String when = SNAPSHOT.format(snapshot.atZone(zone));
            String summary = switch (count) {
                case 0 -> "There are no active work items as of " + when + ".";
                case 1 -> "There is 1 active work item as of " + when + ".";
                default -> "There are " + count + " active work items as of " + when + ".";
            };
            if (attaches(count)) {
                String pointer = "The list is longer than " + inlineLimit + " items: see the attached file " + CSV_FILENAME + ".";
                return new ReportMessage(from, to, SUBJECT,
                        summary + "\r\n\r\n" + pointer + "\r\n",
                        html(summary, pointer, List.of()),
                        List.of(Attachment.owning(CSV_FILENAME, CSV_CONTENT_TYPE, csv)),
                        snapshot);
            }
            return new ReportMessage(from, to, SUBJECT,
                    count == 0 ? summary + "\r\n" : summary + "\r\n\r\n" + text(csv),
                    html(summary, null, inline),
                    List.of(),
                    snapshot);
        }
    }

    private static String text(List<byte[]> chunks) {
        StringBuilder text = new StringBuilder();
        chunks.forEach(part -> text.append(new String(part, StandardCharsets.UTF_8)));
        return text.toString();
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
