import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * The Lambda handler's initialisation as the Java runtime does it (construct the handler, then the
 * first invocation), on the embedded store, in one fresh JVM. Run by bench/lambda-init.sh.
 */
public final class LambdaInit {

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long beforeInit = System.currentTimeMillis();
        APIGatewayV2HTTPEventFunction handler = new APIGatewayV2HTTPEventFunction();
        long afterInit = System.currentTimeMillis();
        APIGatewayV2HTTPResponse first = handler.handleRequest(list(), new MockLambdaContext());
        long afterFirst = System.currentTimeMillis();
        APIGatewayV2HTTPResponse second = handler.handleRequest(list(), new MockLambdaContext());
        long afterSecond = System.currentTimeMillis();
        if (first.getStatusCode() != 200 || second.getStatusCode() != 200) {
            throw new IllegalStateException("GET /api/items answered " + first.getStatusCode() + ": " + first.getBody());
        }
        System.out.printf("jvm-to-main %d ms, handler init %d ms, first invocation %d ms, second %d ms%n",
                beforeInit - jvmStart, afterInit - beforeInit, afterFirst - afterInit, afterSecond - afterFirst);
        handler.close();
    }

    private static APIGatewayV2HTTPEvent list() {
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey("$default").withRawPath("/api/items")
                .withRawQueryString("archived=false").withQueryStringParameters(Map.of("archived", "false"))
                .withHeaders(Map.of("host", "bench.execute-api.local"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withStage("$default")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath("/api/items")
                                .withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build()).build())
                .withIsBase64Encoded(false).build();
    }
}
