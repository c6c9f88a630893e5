package com.example.itemtracker.adapter.ses;

import com.example.itemtracker.core.domain.EmailAddress;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.report.ReportComposer;
import com.example.itemtracker.core.report.ReportMessage;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/** Report messages made by core's real composer, for the adapter tests. */
final class ReportMessages {

    static final EmailAddress FROM = new EmailAddress("sender@example.com");
    static final EmailAddress TO = new EmailAddress("to@example.com");
    static final Instant SNAPSHOT = Instant.parse("2026-11-24T20:40:05.123Z");

    private ReportMessages() {
    }

    static ReportMessage withItems(int count) {
        List<WorkItem> items = IntStream.rangeClosed(1, count)
                .mapToObj(i -> new WorkItem(i, "Ünïcode item " + i + ", with comma", "java", "open", "Zoë", false)).toList();
        return new ReportComposer(ReportComposer.DEFAULT_INLINE_LIMIT, ZoneId.of("UTC")).compose(items, FROM, TO, SNAPSHOT);
    }
}
