package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.StoreFailureException;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.port.WorkItemStore;
import com.example.itemtracker.sql.WorkItemTable;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;
import software.amazon.awssdk.services.rdsdata.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.rdsdata.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.rdsdata.model.Field;
import software.amazon.awssdk.services.rdsdata.model.SqlParameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link WorkItemStore} over the Amazon RDS Data API ({@code ExecuteStatement}), for Aurora
 * PostgreSQL and Aurora MySQL, on the seed README's table: one call per add, get and archive on
 * PostgreSQL; on MySQL an archive of an active item is two (read, then update). Listings are read
 * in keyset pages. The caller owns the client (one per process).
 */
public final class DataApiWorkItemStore implements WorkItemStore {

    private final RdsDataClient client;
    private final DataApiSettings settings;
    private final DataApiStatements sql;
    private final ResumeRetry retry;
    private final CallObservations observations = new CallObservations();

    public DataApiWorkItemStore(RdsDataClient client, DataApiSettings settings) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sql = DataApiStatements.of(settings);
        this.retry = new ResumeRetry(settings.resumeBudget());
    }

    /** Creates the table with the seed's DDL for the engine when it does not exist yet. */
    public void createTableIfMissing() {
        sql.createIfMissing().forEach(this::execute);
    }

    /** The health probe: see {@link CallObservations} for why it usually makes no call at all. */
    public void checkAvailable() {
        observations.check(() -> execute(sql.probe()));
    }

    @Override
    public List<WorkItem> list(ItemFilter filter) {
        return KeysetPages.readAll(settings.pageSize(), pages(filter));
    }

    /** Page by page: one page's rows at a time, however long the listing. */
    @Override
    public void forEach(ItemFilter filter, Consumer<? super WorkItem> sink) {
        KeysetPages.forEach(settings.pageSize(), pages(filter), sink);
    }

    private KeysetPages.Page pages(ItemFilter filter) {
        String listing = switch (filter) {
            case ALL -> sql.listAll();
            case ACTIVE -> sql.listActive();
            case ARCHIVED -> sql.listArchived();
        };
        return (after, limit) -> rows(execute(listing, Rows.number("after", after), Rows.number("limit", limit)));
    }

    @Override
    public Optional<WorkItem> find(long id) {
        return first(execute(sql.selectById(), Rows.number("id", id)));
    }

    @Override
    public WorkItem add(NewWorkItem item) {
        ExecuteStatementResponse response = execute(sql.insert(), Rows.text("description", item.description()),
                Rows.text("guide", item.guide()), Rows.text("status", item.status()), Rows.text("username", item.username()));
        if (sql.returnsRows()) {
            return first(response).orElseThrow(() -> new StoreFailureException("The insert returned no row", null));
        }
        if (!response.hasGeneratedFields() || response.generatedFields().isEmpty()) {
            throw new StoreFailureException("The insert returned no generated id (is iditem AUTO_INCREMENT?)", null);
        }
        return new WorkItem(response.generatedFields().getFirst().longValue(), item.description(), item.guide(),
                item.status(), item.username(), false);
    }

    @Override
    public Optional<WorkItem> archive(long id) {
        if (sql.returnsRows()) {
            return first(execute(sql.archiveById(), Rows.number("id", id)));
        }
        return WorkItemTable.archiveAfterReading(find(id), () -> execute(sql.archiveById(), Rows.number("id", id)));
    }

    private static Optional<WorkItem> first(ExecuteStatementResponse response) {
        return rows(response).stream().findFirst();
    }

    private static List<WorkItem> rows(ExecuteStatementResponse response) {
        if (!response.hasRecords()) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>(response.records().size());
        for (List<Field> row : response.records()) {
            items.add(Rows.workItem(row));
        }
        return items;
    }

    private ExecuteStatementResponse execute(String statement, SqlParameter... parameters) {
        ExecuteStatementRequest request = ExecuteStatementRequest.builder()
                .resourceArn(settings.clusterArn())
                .secretArn(settings.secretArn())
                .database(settings.database())
                .sql(statement)
                .parameters(parameters)
                .build();
        try {
            ExecuteStatementResponse response = retry.call(() -> client.executeStatement(request));
            observations.record(null);
            return response;
        } catch (RuntimeException e) {
            RuntimeException failure = DataApiErrors.translate(e);
            observations.record(failure);
            throw failure;
        }
    }
}
