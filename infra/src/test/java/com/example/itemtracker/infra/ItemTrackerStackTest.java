package com.example.itemtracker.infra;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthesised template: what is deployed, and that the function may do only what the code does. */
class ItemTrackerStackTest {

    /** Every action the function's role may take; the Data API's other actions (batch, transactions) are not used. */
    private static final Set<String> FUNCTION_ACTIONS = Set.of("rds-data:ExecuteStatement", "secretsmanager:GetSecretValue",
            "ses:SendEmail", "ses:SendRawEmail", "logs:CreateLogStream", "logs:PutLogEvents");

    @TempDir
    static Path work;

    private static Template template;

    @BeforeAll
    static void synthesise() throws IOException {
        Path jar = Files.write(work.resolve("item-tracker.jar"), new byte[] {'P', 'K', 5, 6});
        App app = new App(AppProps.builder().outdir(work.resolve("cdk.out").toString()).build());
        template = Template.fromStack(new ItemTrackerStack(app, "ItemTracker", StackProps.builder().build(), jar));
    }

    @Test
    void theClusterIsAuroraPostgresServerlessV2WithTheDataApiPausingWhenIdle() {
        template.resourceCountIs("AWS::RDS::DBCluster", 1);
        template.hasResourceProperties("AWS::RDS::DBCluster", Map.of(
                "Engine", "aurora-postgresql",
                "EnableHttpEndpoint", true,
                "DatabaseName", "auroraappdb",
                "StorageEncrypted", true,
                "ServerlessV2ScalingConfiguration", Map.of("MinCapacity", 0, "MaxCapacity", Map.of("Ref", "MaxCapacity"))));
        template.hasResourceProperties("AWS::RDS::DBInstance", Map.of("DBInstanceClass", "db.serverless"));
        template.resourceCountIs("AWS::SecretsManager::Secret", 1);
        template.resourceCountIs("AWS::EC2::NatGateway", 0);
    }

    @Test
    void theSenderIsAnSesIdentityNamedByAParameter() {
        template.hasParameter("SenderEmail", Map.of("Type", "String"));
        template.hasResourceProperties("AWS::SES::EmailIdentity", Map.of("EmailIdentity", Map.of("Ref", "SenderEmail")));
    }

    @Test
    void theFunctionIsTheServiceOnJava25WithSnapStartBehindAnHttpApi() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "java25",
                "Handler", "io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction",
                "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "STORE", "data-api",
                        "DATABASE", "auroraappdb",
                        "CREATE_TABLE", "true",
                        "REPORT_SENDER", "ses",
                        "SENDER_EMAIL", Map.of("Ref", "SenderEmail"),
                        "REPORT_ALLOWED_RECIPIENTS", Map.of("Ref", "ReportRecipients"),
                        "CORS_ALLOWED_ORIGINS", Map.of("Ref", "ClientOrigins"),
                        "LOG_FORMAT", "json")))));
        template.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of("ProtocolType", "HTTP"));
        template.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", "$default"));
        template.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of("StageName", "$default",
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100)));
        template.hasResourceProperties("AWS::Lambda::Alias", Map.of("Name", "live"));
    }

    @Test
    void theOutputsNameTheApiTheClusterAndTheSecret() {
        template.hasOutput("ApiUrl", Map.of());
        template.hasOutput("ClusterArn", Map.of());
        template.hasOutput("SecretArn", Map.of());
    }

    @Test
    void theFunctionMayDoExactlyWhatTheCodeDoesOnItsOwnResourcesOnly() {
        List<Map<String, Object>> statements = new ArrayList<>();
        template.findResources("AWS::IAM::Policy").values().forEach(policy -> statements.addAll(statements(policy)));
        template.findResources("AWS::IAM::Role").values().forEach(role -> {
            Map<String, Object> properties = map(role, "Properties");
            assertThat(properties).as("no managed policies at all, admin or other").doesNotContainKey("ManagedPolicyArns");
            assertThat(properties).doesNotContainKey("Policies");
        });

        assertThat(statements).isNotEmpty().allSatisfy(statement -> {
            assertThat(statement.get("Effect")).isEqualTo("Allow");
            List<String> actions = strings(statement.get("Action"));
            assertThat(actions).as("no wildcard actions").noneMatch(action -> action.contains("*"));
            assertThat(FUNCTION_ACTIONS).containsAll(actions);
            assertThat(strings(statement.get("Resource"))).as("resources of %s", actions).doesNotContain("*");
        });
        assertThat(statements.stream().flatMap(s -> strings(s.get("Action")).stream()))
                .containsAll(FUNCTION_ACTIONS);
        assertThat(resourcesOf(statements, "rds-data:ExecuteStatement")).singleElement().satisfies(resource ->
                assertThat(resource.toString()).contains(":cluster:").contains("Ref=" + logicalId("AWS::RDS::DBCluster")));
        assertThat(resourcesOf(statements, "secretsmanager:GetSecretValue")).singleElement().satisfies(resource ->
                assertThat(resource.toString()).containsAnyOf("Ref=" + logicalId("AWS::SecretsManager::SecretTargetAttachment"),
                        "Ref=" + logicalId("AWS::SecretsManager::Secret")));
        assertThat(resourcesOf(statements, "ses:SendRawEmail")).singleElement().satisfies(resource ->
                assertThat(resource.toString()).contains(":identity/").contains("Ref=" + logicalId("AWS::SES::EmailIdentity")));
    }

    private static List<Object> resourcesOf(List<Map<String, Object>> statements, String action) {
        return statements.stream().filter(s -> strings(s.get("Action")).contains(action))
                .flatMap(s -> s.get("Resource") instanceof List<?> list ? list.stream().map(Object.class::cast)
                        : java.util.stream.Stream.of(s.get("Resource"))).toList();
    }

    private static String logicalId(String type) {
        return template.findResources(type).keySet().stream().findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(Object policy) {
        return (List<Map<String, Object>>) map(map(policy, "Properties"), "PolicyDocument").get("Statement");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object parent, String key) {
        return (Map<String, Object>) ((Map<String, Object>) parent).get(key);
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
