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

/**
 * The synthesised template: what is deployed, that the function may do only what the code does, and
 * that sign-in guards the API at the gateway (and in the function) while the page stays reachable.
 */
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
                        "LOG_FORMAT", "json",
                        "AUTH", "oidc",
                        "OIDC_CLIENT_ID", Map.of("Ref", logicalId("AWS::Cognito::UserPoolClient")))))));
        template.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of("ProtocolType", "HTTP"));
        template.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", "$default"));
        template.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of("StageName", "$default",
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100)));
        template.hasResourceProperties("AWS::Lambda::Alias", Map.of("Name", "live"));
    }

    @Test
    void signInIsACognitoPoolWhoseUsersOnlyAnAdministratorAdds() {
        template.resourceCountIs("AWS::Cognito::UserPool", 1);
        template.hasResourceProperties("AWS::Cognito::UserPool", Map.of(
                "AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", true),
                "UsernameAttributes", List.of("email"),
                "Policies", Map.of("PasswordPolicy", Map.of("MinimumLength", 12, "RequireLowercase", true,
                        "RequireUppercase", true, "RequireNumbers", true, "RequireSymbols", true))));
        template.hasParameter("AdminEmail", Map.of("Type", "String"));
        assertThat(map(template.findParameters("AdminEmail", Map.of()).get("AdminEmail"), "Default"))
                .as("the first user has no default address").isNull();
        template.hasResourceProperties("AWS::Cognito::UserPoolUser", Map.of("Username", Map.of("Ref", "AdminEmail"),
                "DesiredDeliveryMediums", List.of("EMAIL")));
        template.resourceCountIs("AWS::Cognito::UserPoolDomain", 1);
    }

    @Test
    void thePageIsAPublicClientOfTheCodeFlowReturningToThePage() {
        template.resourceCountIs("AWS::Cognito::UserPoolClient", 1);
        Map<String, Object> client = map(template.findResources("AWS::Cognito::UserPoolClient").values().iterator().next(), "Properties");
        assertThat(client.get("GenerateSecret")).as("no secret in a browser").isEqualTo(false);
        assertThat(client).containsEntry("AllowedOAuthFlows", List.of("code")).containsEntry("AllowedOAuthFlowsUserPoolClient", true)
                .containsEntry("SupportedIdentityProviders", List.of("COGNITO"));
        assertThat(strings(client.get("AllowedOAuthScopes"))).contains("openid", "email", "profile");
        Object pageUrl = Map.of("Fn::Join", List.of("", List.of(Map.of("Fn::GetAtt", List.of(logicalId("AWS::ApiGatewayV2::Api"),
                "ApiEndpoint")), "/")));
        assertThat(client).as("the page's address, after signing in and after signing out")
                .containsEntry("CallbackURLs", List.of(pageUrl)).containsEntry("LogoutURLs", List.of(pageUrl));
    }

    @Test
    void everyApiRouteNeedsTheGatewaysAuthorizerButPreflightsAndThePageDoNot() {
        String authorizer = logicalId("AWS::ApiGatewayV2::Authorizer");
        template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", Map.of("AuthorizerType", "JWT",
                "IdentitySource", List.of("$request.header.Authorization"),
                "JwtConfiguration", Map.of("Audience", List.of(Map.of("Ref", logicalId("AWS::Cognito::UserPoolClient"))),
                        "Issuer", issuer())));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of("Environment", Map.of("Variables",
                Match.objectLike(Map.of("OIDC_ISSUER", issuer())))));
        Map<String, Map<String, Object>> routes = new java.util.HashMap<>();
        template.findResources("AWS::ApiGatewayV2::Route").values().forEach(route -> {
            Map<String, Object> properties = map(route, "Properties");
            routes.put((String) properties.get("RouteKey"), properties);
        });
        assertThat(routes.keySet()).containsExactlyInAnyOrder("$default", "OPTIONS /api/{proxy+}", "GET /api/{proxy+}",
                "POST /api/{proxy+}", "PUT /api/{proxy+}", "PATCH /api/{proxy+}", "DELETE /api/{proxy+}", "HEAD /api/{proxy+}");
        routes.forEach((key, route) -> {
            if (key.endsWith(" /api/{proxy+}") && !key.startsWith("OPTIONS")) {
                assertThat(route).as(key).containsEntry("AuthorizationType", "JWT")
                        .containsEntry("AuthorizerId", Map.of("Ref", authorizer));
            } else {
                assertThat(route.getOrDefault("AuthorizationType", "NONE")).as(key).isEqualTo("NONE");
                assertThat(route).as(key).doesNotContainKey("AuthorizerId");
            }
        });
    }

    @Test
    void theOutputsNameThePageTheSignInTheApiTheClusterAndTheSecret() {
        template.hasOutput("PageUrl", Map.of());
        template.hasOutput("SignInUrl", Map.of());
        template.hasOutput("UserPoolId", Map.of());
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

    /** The pool's issuer: what its tokens name, and what both the gateway and the function check. */
    private static Object issuer() {
        return Map.of("Fn::Join", List.of("", List.of("https://cognito-idp.", Map.of("Ref", "AWS::Region"), ".amazonaws.com/",
                Map.of("Ref", logicalId("AWS::Cognito::UserPool")))));
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
