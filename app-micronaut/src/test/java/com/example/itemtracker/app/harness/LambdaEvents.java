package com.example.itemtracker.app.harness;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Events as API Gateway (HTTP API, payload 2.0) hands them to the function, and reading its answers. */
public final class LambdaEvents {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private LambdaEvents() {
    }

    /**
     * A request, with the JWT authorizer's claims in its request context when {@code claims} is not
     * null (what API Gateway writes after its authorizer accepted the token), and these headers.
     */
    public static APIGatewayV2HTTPEvent event(String method, String path, String query, String body, Map<String, String> claims,
                                       String... headers) {
        Map<String, String> headerMap = new HashMap<>();
        headerMap.put("host", "abc123.execute-api.eu-west-1.amazonaws.com");
        for (int i = 0; i < headers.length; i += 2) {
            headerMap.put(headers[i], headers[i + 1]);
        }
        Map<String, String> queryMap = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                queryMap.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        APIGatewayV2HTTPEvent.RequestContext.RequestContextBuilder context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRouteKey("$default").withStage("$default").withRequestId("gw-" + System.nanoTime())
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path)
                        .withProtocol("HTTP/1.1").withSourceIp("203.0.113.9").withUserAgent("test").build());
        if (claims != null) {
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build()).build());
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("$default").withRawPath(path).withRawQueryString(query == null ? "" : query)
                .withHeaders(headerMap).withQueryStringParameters(query == null ? null : queryMap)
                .withRequestContext(context.build())
                .withBody(body).withIsBase64Encoded(false).build();
    }

    public static String header(APIGatewayV2HTTPResponse response, String name) {
        Map<String, String> single = response.getHeaders() == null ? Map.of() : response.getHeaders();
        return single.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElseGet(() -> response.getMultiValueHeaders() == null ? null
                        : response.getMultiValueHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                        .map(e -> String.join(",", e.getValue())).findFirst().orElse(null));
    }

    public static JsonNode json(APIGatewayV2HTTPResponse response) {
        try {
            return JSON.readValue(response.getBody(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (" + response.getStatusCode() + "): " + response.getBody(), e);
        }
    }
}
