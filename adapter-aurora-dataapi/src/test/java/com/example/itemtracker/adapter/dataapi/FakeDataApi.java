package com.example.itemtracker.adapter.dataapi;

import com.example.itemtracker.testsupport.FaultQueue;
import com.example.itemtracker.testsupport.SigV4;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process Amazon RDS Data API endpoint: {@code POST /Execute} in the service's REST-JSON
 * protocol, run for real on PostgreSQL (Aurora PostgreSQL flavour: no {@code generatedFields},
 * booleans as {@code booleanValue}) or MariaDB (Aurora MySQL flavour: ids in
 * {@code generatedFields}, {@code BOOL} as {@code longValue}) through JDBC. Errors come back as the
 * service writes them ({@code x-amzn-ErrorType} header and a {@code message}), including the 1 MiB
 * response limit, and faults can be queued: a resuming cluster, throttling, access denied. Like AWS,
 * it refuses a request whose SigV4 signature (with {@code FakeAws}'s credentials) does not match
 * what arrived.
 * Test code (shipped in this module's test-jar).
 */
public final class FakeDataApi implements AutoCloseable {

    public static final String CLUSTER_ARN = "arn:aws:rds:us-east-1:123456789012:cluster:item-tracker-test";
    public static final String SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:item-tracker-test";
    public static final String DATABASE = "auroraappdb";
    static final int MAX_RESPONSE_BYTES = 1024 * 1024;
    private static final Pattern NAMED_PARAMETER = Pattern.compile("(?<!:):([A-Za-z_][A-Za-z0-9_]*)");

    /** Which Aurora engine the fake behaves as. */
    public enum Flavour { POSTGRESQL, MYSQL }

    /** An error answer, or (status 0) an answer held back for {@code delay} before it is given. */
    private record Fault(int status, String type, String message, Duration delay) {

        Fault(int status, String type, String message) {
            this(status, type, message, Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Flavour flavour;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final FaultQueue<Fault> faults = new FaultQueue<>();
    private final AtomicInteger executeCalls = new AtomicInteger();
    private final List<String> statements = new CopyOnWriteArrayList<>();

    public FakeDataApi(Flavour flavour, String jdbcUrl, String user, String password) throws IOException {
        this.flavour = flavour;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** ExecuteStatement calls received so far (faulted ones included). */
    public int executeCalls() {
        return executeCalls.get();
    }

    /** The SQL of the calls that reached the database, in order (since the last reset). */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    public void resetCalls() {
        executeCalls.set(0);
        statements.clear();
    }

    /** The next {@code calls} calls answer as Aurora Serverless v2 does while it resumes from zero. */
    public void resumingFor(int calls) {
        faults.add(calls, new Fault(400, "DatabaseResumingException", "The Aurora DB instance db-ABC is resuming after being"
                + " auto-paused. Please wait a few seconds and try again."));
    }

    /** The next {@code calls} calls answer as a paused Serverless v1 cluster does. */
    public void pausedV1For(int calls) {
        faults.add(calls, new Fault(400, "BadRequestException", "Communications link failure\n\nThe last packet sent"
                + " successfully to the server was 0 milliseconds ago."));
    }

    public void throttleFor(int calls) {
        faults.add(calls, new Fault(429, "ThrottlingException", "Rate exceeded"));
    }

    public void failNext(int status, String type, String message) {
        faults.add(new Fault(status, type, message));
    }

    /** The next {@code calls} calls are answered, correctly, only after {@code delay}: a Data API that hangs. */
    public void slowFor(int calls, Duration delay) {
        faults.add(calls, new Fault(0, null, null, delay));
    }

    public void clearFaults() {
        faults.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/Execute")) {
                error(exchange, 404, "UnknownOperationException", "Only ExecuteStatement (POST /Execute) is served here");
                return;
            }
            Optional<String> unsigned = SigV4.FAKE_AWS.mismatch(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
            if (unsigned.isPresent()) {
                error(exchange, 403, "InvalidSignatureException", unsigned.get());
                return;
            }
            executeCalls.incrementAndGet();
            Fault fault = faults.next();
            if (fault != null && fault.status() == 0) {
                pause(fault.delay());
            } else if (fault != null) {
                error(exchange, fault.status(), fault.type(), fault.message());
                return;
            }
            Map<String, JsonNode> request = JsonNode.parser().parse(body).asObject();
            if (!CLUSTER_ARN.equals(text(request, "resourceArn"))) {
                error(exchange, 400, "BadRequestException", "Cluster not found or not accessible: " + text(request, "resourceArn"));
                return;
            }
            if (!SECRET_ARN.equals(text(request, "secretArn"))) {
                error(exchange, 403, "ForbiddenException", "User is not authorized to access the secret");
                return;
            }
            if (!DATABASE.equals(text(request, "database"))) {
                error(exchange, 400, "BadRequestException", "Unknown database '" + text(request, "database") + "'");
                return;
            }
            String response;
            statements.add(text(request, "sql"));
            try {
                response = execute(text(request, "sql"),
                        request.containsKey("parameters") ? request.get("parameters").asArray() : List.of());
            } catch (SQLException e) {
                error(exchange, 400, "DatabaseErrorException", "Database error code: " + e.getErrorCode() + ". Message: " + e.getMessage());
                return;
            }
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > MAX_RESPONSE_BYTES) {
                error(exchange, 400, "BadRequestException", "Database returned more than the allowed response size limit");
                return;
            }
            reply(exchange, 200, bytes, null);
        }
    }

    private String execute(String sql, List<JsonNode> parameters) throws SQLException {
        List<String> names = new ArrayList<>();
        Matcher matcher = NAMED_PARAMETER.matcher(sql);
        StringBuilder jdbcSql = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(jdbcSql, "?");
        }
        matcher.appendTail(jdbcSql);
        boolean insert = sql.stripLeading().toUpperCase().startsWith("INSERT");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement statement = flavour == Flavour.MYSQL && insert
                     ? connection.prepareStatement(jdbcSql.toString(), Statement.RETURN_GENERATED_KEYS)
                     : connection.prepareStatement(jdbcSql.toString())) {
            for (int i = 0; i < names.size(); i++) {
                bind(statement, i + 1, value(parameters, names.get(i)));
            }
            StringBuilder json = new StringBuilder("{");
            if (statement.execute()) {
                json.append("\"records\":").append(records(statement.getResultSet())).append(",\"numberOfRecordsUpdated\":0");
            } else {
                json.append("\"numberOfRecordsUpdated\":").append(statement.getUpdateCount());
                if (flavour == Flavour.MYSQL && insert) {
                    try (ResultSet keys = statement.getGeneratedKeys()) {
                        json.append(",\"generatedFields\":[");
                        if (keys.next()) {
                            json.append("{\"longValue\":").append(keys.getLong(1)).append("}");
                        }
                        json.append("]");
                    }
                }
            }
            return json.append("}").toString();
        }
    }

    private static JsonNode value(List<JsonNode> parameters, String name) throws SQLException {
        for (JsonNode parameter : parameters) {
            Map<String, JsonNode> fields = parameter.asObject();
            if (name.equals(fields.get("name").asString())) {
                return fields.get("value");
            }
        }
        throw new SQLException("No value given for parameter :" + name, "07001");
    }

    private static void bind(PreparedStatement statement, int index, JsonNode value) throws SQLException {
        Map<String, JsonNode> field = value.asObject();
        if (field.containsKey("stringValue")) {
            statement.setString(index, field.get("stringValue").asString());
        } else if (field.containsKey("longValue")) {
            statement.setLong(index, Long.parseLong(field.get("longValue").asNumber()));
        } else if (field.containsKey("booleanValue")) {
            statement.setBoolean(index, field.get("booleanValue").asBoolean());
        } else if (field.containsKey("isNull")) {
            statement.setNull(index, Types.NULL);
        } else {
            throw new SQLException("Unsupported parameter value " + field.keySet(), "22023");
        }
    }

    private String records(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        StringBuilder json = new StringBuilder("[");
        boolean firstRow = true;
        while (rows.next()) {
            json.append(firstRow ? "[" : ",[");
            firstRow = false;
            for (int column = 1; column <= meta.getColumnCount(); column++) {
                if (column > 1) {
                    json.append(',');
                }
                json.append(field(rows, column, meta.getColumnType(column)));
            }
            json.append(']');
        }
        return json.append(']').toString();
    }

    private String field(ResultSet rows, int column, int type) throws SQLException {
        Object value = rows.getObject(column);
        if (value == null) {
            return "{\"isNull\":true}";
        }
        return switch (type) {
            case Types.BOOLEAN, Types.BIT -> flavour == Flavour.POSTGRESQL
                    ? "{\"booleanValue\":" + rows.getBoolean(column) + "}"
                    : "{\"longValue\":" + (rows.getBoolean(column) ? 1 : 0) + "}";
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> "{\"longValue\":" + rows.getLong(column) + "}";
            default -> "{\"stringValue\":" + quote(rows.getString(column)) + "}";
        };
    }

    private static String text(Map<String, JsonNode> object, String key) {
        JsonNode node = object.get(key);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        reply(exchange, status, ("{\"message\":" + quote(message) + "}").getBytes(StandardCharsets.UTF_8), type);
    }

    private static void reply(HttpExchange exchange, int status, byte[] body, String errorType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-RequestId", "fake-request");
        if (errorType != null) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", errorType);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
