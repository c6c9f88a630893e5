package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.ItemFilter;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.StoreFailureException;
import com.example.itemtracker.core.domain.StoreUnavailableException;
import com.example.itemtracker.core.domain.WorkItem;
import com.example.itemtracker.core.domain.WorkItemException;
import com.example.itemtracker.core.port.WorkItemStore;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;
import software.amazon.awssdk.services.rdsdata.RdsDataClientBuilder;
import software.amazon.awssdk.services.rdsdata.model.BadRequestException;
import software.amazon.awssdk.services.rdsdata.model.DatabaseErrorException;
import software.amazon.awssdk.services.rdsdata.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.rdsdata.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.rdsdata.model.Field;
import software.amazon.awssdk.services.rdsdata.model.InternalServerErrorException;
import software.amazon.awssdk.services.rdsdata.model.RdsDataException;
import software.amazon.awssdk.services.rdsdata.model.ServiceUnavailableErrorException;
import software.amazon.awssdk.services.rdsdata.model.SqlParameter;
import software.amazon.awssdk.services.rdsdata.model.StatementTimeoutException;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link WorkItemStore} over the Amazon RDS Data API ({@code ExecuteStatement}), for Aurora
 * PostgreSQL and Aurora MySQL, on the seed README's table. One call per add, get and archive on
 * PostgreSQL ({@code RETURNING}); on MySQL an add is one call (the id from {@code generatedFields})
 * and an archive of an active item two (read, then update), since MySQL cannot return a row from
 * an {@code UPDATE}. Listing reads keyset pages ordered by id, so no response nears the Data API's
 * 1 MiB cap, and halves the page when one does.
 */
public final class DataApiWorkItemStore implements WorkItemStore {

    private static final String COLUMNS = "iditem, description, guide, status, username, archived";
    /** A state other than "answering" is re-checked by the health probe once it is this old. */
    private static final Duration RECHECK_AFTER = Duration.ofSeconds(60);

    private final RdsDataClient client;
    private final DataApiSettings settings;
    private final ResumeRetry retry;
    private final String insert;
    private final String selectById;
    private final String archiveById;
    private final String listAll;
    private final String listByArchived;
    private volatile Observation lastCall;

    private enum Outcome { ANSWERED, UNAVAILABLE, FAILED }

    private record Observation(Outcome outcome, long atNanos, WorkItemException failure) {
    }

    /** Thrown inside the store when a page of rows is over the Data API's response limit. */
    private static final class ResponseTooLarge extends RuntimeException {
        ResponseTooLarge(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    public DataApiWorkItemStore(RdsDataClient client, DataApiSettings settings) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.retry = new ResumeRetry(settings.resumeBudget());
        String table = settings.table().value();
        boolean postgres = settings.engine() == DataApiSettings.Engine.POSTGRESQL;
        this.insert = "INSERT INTO " + table + " (description, guide, status, username, archived)"
                + " VALUES (:description, :guide, :status, :username, false)" + (postgres ? " RETURNING " + COLUMNS : "");
        this.selectById = "SELECT " + COLUMNS + " FROM " + table + " WHERE iditem = :id";
        this.archiveById = "UPDATE " + table + " SET archived = true WHERE iditem = :id" + (postgres ? " RETURNING " + COLUMNS : "");
        this.listAll = "SELECT " + COLUMNS + " FROM " + table + " WHERE iditem > :after ORDER BY iditem LIMIT :limit";
        this.listByArchived = "SELECT " + COLUMNS + " FROM " + table
                + " WHERE iditem > :after AND COALESCE(archived, false) = :archived ORDER BY iditem LIMIT :limit";
    }

    /**
     * The one Data API client of a process, on the pooled Apache HTTP client (every REST call is a
     * Data API call, so connection reuse under concurrency matters more than the client's ~65 ms of
     * extra start-up). Credentials come from the SDK's default chain; the SDK's standard retry
     * strategy handles throttling and 5xx.
     *
     * @param region           null for the SDK's default region chain ({@code AWS_REGION}, profile, ...)
     * @param endpointOverride null for the Data API's own endpoint; else a VPC endpoint or a test fake
     */
    public static RdsDataClient client(Region region, URI endpointOverride) {
        RdsDataClientBuilder builder = RdsDataClient.builder()
                .httpClientBuilder(ApacheHttpClient.builder()
                        .maxConnections(64)
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)));
        if (region != null) {
            builder.region(region);
        }
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride);
        }
        return builder.build();
    }

    /** Creates the table with the seed's DDL for the engine when it does not exist yet. */
    public void createTableIfMissing() {
        String table = settings.table().value();
        execute(settings.engine() == DataApiSettings.Engine.POSTGRESQL
                ? "CREATE TABLE IF NOT EXISTS " + table + " (iditem SERIAL PRIMARY KEY, description TEXT,"
                + " guide VARCHAR(45), status TEXT, username VARCHAR(45), archived BOOL DEFAULT false)"
                : "CREATE TABLE IF NOT EXISTS " + table + " (iditem INT AUTO_INCREMENT PRIMARY KEY, description TEXT,"
                + " guide VARCHAR(45), status TEXT, username VARCHAR(45), archived BOOL DEFAULT 0) CHARACTER SET utf8mb4");
    }

    /**
     * The health probe. It never wakes a paused cluster to answer: it reports the outcome of the
     * most recent real call. It calls the Data API itself only when there has been no call yet,
     * or when the last one found the store unavailable or failing more than a minute ago.
     */
    public void checkAvailable() {
        Observation last = lastCall;
        boolean stale = last != null && System.nanoTime() - last.atNanos() > RECHECK_AFTER.toNanos();
        if (last == null || last.outcome() != Outcome.ANSWERED && stale) {
            execute("SELECT iditem FROM " + settings.table().value() + " WHERE 1 = 0");
            return;
        }
        if (last.failure() != null) {
            throw last.failure();
        }
    }

    @Override
    public List<WorkItem> list(ItemFilter filter) {
        List<WorkItem> items = new ArrayList<>();
        int pageSize = settings.pageSize();
        long after = 0;
        while (true) {
            List<WorkItem> page;
            try {
                page = rows(filter == ItemFilter.ALL
                        ? execute(listAll, Rows.number("after", after), Rows.number("limit", pageSize))
                        : execute(listByArchived, Rows.number("after", after), Rows.bool("archived", filter == ItemFilter.ARCHIVED),
                        Rows.number("limit", pageSize)));
            } catch (ResponseTooLarge e) {
                if (pageSize == 1) {
                    throw new StoreFailureException("A single work item is larger than the Data API's response limit", e.getCause());
                }
                pageSize = Math.max(1, pageSize / 2);
                continue;
            }
            items.addAll(page);
            if (page.size() < pageSize) {
                return items;
            }
            after = page.getLast().id();
        }
    }

    @Override
    public Optional<WorkItem> find(long id) {
        return rows(execute(selectById, Rows.number("id", id))).stream().findFirst();
    }

    @Override
    public WorkItem add(NewWorkItem item) {
        ExecuteStatementResponse response = execute(insert, Rows.text("description", item.description()),
                Rows.text("guide", item.guide()), Rows.text("status", item.status()), Rows.text("username", item.username()));
        if (settings.engine() == DataApiSettings.Engine.POSTGRESQL) {
            return rows(response).stream().findFirst()
                    .orElseThrow(() -> new StoreFailureException("The insert returned no row", null));
        }
        if (!response.hasGeneratedFields() || response.generatedFields().isEmpty()) {
            throw new StoreFailureException("The insert returned no generated id (is iditem AUTO_INCREMENT?)", null);
        }
        return new WorkItem(response.generatedFields().getFirst().longValue(), item.description(), item.guide(),
                item.status(), item.username(), false);
    }

    @Override
    public Optional<WorkItem> archive(long id) {
        if (settings.engine() == DataApiSettings.Engine.POSTGRESQL) {
            return rows(execute(archiveById, Rows.number("id", id))).stream().findFirst();
        }
        Optional<WorkItem> current = find(id);
        if (current.isEmpty() || current.get().archived()) {
            return current;
        }
        execute(archiveById, Rows.number("id", id));
        // Nothing ever un-archives or edits an item, so the row just read, archived, is what is stored.
        return Optional.of(current.get().asArchived());
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

    private ExecuteStatementResponse execute(String sql, SqlParameter... parameters) {
        ExecuteStatementRequest request = ExecuteStatementRequest.builder()
                .resourceArn(settings.clusterArn())
                .secretArn(settings.secretArn())
                .database(settings.database())
                .sql(sql)
                .parameters(parameters)
                .build();
        try {
            ExecuteStatementResponse response = retry.call(() -> client.executeStatement(request));
            lastCall = new Observation(Outcome.ANSWERED, System.nanoTime(), null);
            return response;
        } catch (StoreUnavailableException e) {
            throw observe(Outcome.UNAVAILABLE, e);
        } catch (BadRequestException e) {
            if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("response size limit")) {
                lastCall = new Observation(Outcome.ANSWERED, System.nanoTime(), null);
                throw new ResponseTooLarge(e);
            }
            throw observe(Outcome.FAILED, failure(e));
        } catch (ServiceUnavailableErrorException | InternalServerErrorException | StatementTimeoutException e) {
            throw observe(Outcome.UNAVAILABLE, new StoreUnavailableException("The Data API is not answering: " + e.getMessage(),
                    ResumeRetry.RETRY_AFTER, e));
        } catch (DatabaseErrorException e) {
            if (e.getMessage() != null && e.getMessage().contains("error code: 1366")) {
                lastCall = new Observation(Outcome.ANSWERED, System.nanoTime(), null);
                throw InvalidInputException.notStorable(columnNamedIn(e.getMessage()));
            }
            throw observe(Outcome.FAILED, failure(e));
        } catch (RdsDataException e) {
            throw observe(Outcome.FAILED, failure(e));
        } catch (SdkClientException e) {
            throw observe(Outcome.UNAVAILABLE, new StoreUnavailableException("The Data API could not be reached: " + e.getMessage(),
                    ResumeRetry.RETRY_AFTER, e));
        }
    }

    /** The work item column a database error message names, if any. */
    private static String columnNamedIn(String message) {
        for (String column : List.of("description", "guide", "status", "username")) {
            if (message.contains("`" + column + "`") || message.contains("'" + column + "'")) {
                return column;
            }
        }
        return null;
    }

    /** Access denied, unknown database or table, a wrong ARN: retrying will not help; the cause is for the log. */
    private static StoreFailureException failure(RdsDataException e) {
        return new StoreFailureException("The Data API refused the statement (" + e.getClass().getSimpleName() + "): "
                + e.getMessage(), e);
    }

    private WorkItemException observe(Outcome outcome, WorkItemException failure) {
        lastCall = new Observation(outcome, System.nanoTime(), failure);
        return failure;
    }
}
