package com.example.itemtracker.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LambdaRuntimeProps;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.RuntimeFamily;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.CfnDBCluster;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.ses.EmailIdentity;
import software.amazon.awscdk.services.ses.Identity;
import software.constructs.Construct;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The whole application on AWS: an Aurora PostgreSQL Serverless v2 cluster with the Data API, which
 * pauses when idle (minimum capacity 0); its generated credentials secret; the SES identity of the
 * sender; the service as a Lambda function (the same jar as {@code java -jar}) behind an API Gateway
 * HTTP API. The function's role may do exactly what the code does and nothing else.
 */
public final class ItemTrackerStack extends Stack {

    public static final String DATABASE = "auroraappdb";
    /** Lambda has no constant for it in this CDK version; SnapStart supports the Java managed runtimes. */
    public static final Runtime JAVA_25 = new Runtime("java25", RuntimeFamily.JAVA,
            LambdaRuntimeProps.builder().supportsSnapStart(true).build());
    public static final String HANDLER = "io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction";

    public ItemTrackerStack(Construct scope, String id, StackProps props, Path lambdaJar) {
        super(scope, id, props);

        CfnParameter senderEmail = CfnParameter.Builder.create(this, "SenderEmail").type("String")
                .description("The address reports come from. SES sends a verification email to it; click the link.")
                .allowedPattern("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                .constraintDescription("one email address").build();
        CfnParameter recipients = CfnParameter.Builder.create(this, "ReportRecipients").type("String")
                .description("Who may receive reports: comma-separated addresses and @domains (REPORT_ALLOWED_RECIPIENTS)."
                        + " Required: an empty list would make the report route an open mail relay.")
                .minLength(3).build();
        CfnParameter origins = CfnParameter.Builder.create(this, "ClientOrigins").type("String")
                .description("Comma-separated browser origins of the React client (CORS_ALLOWED_ORIGINS).")
                .defaultValue("http://localhost:3000").build();
        CfnParameter maxCapacity = CfnParameter.Builder.create(this, "MaxCapacity").type("Number")
                .description("The most Aurora capacity units the cluster may scale to (0.5 steps).")
                .defaultValue(2).minValue(1).maxValue(256).build();

        // The Data API needs no network path from the function to the cluster, so the VPC has no NAT
        // gateway (nothing to pay for idle) and the cluster sits in isolated subnets.
        Vpc vpc = Vpc.Builder.create(this, "Vpc").maxAzs(2).natGateways(0)
                .subnetConfiguration(List.of(SubnetConfiguration.builder().name("database")
                        .subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build()))
                .build();
        DatabaseCluster cluster = DatabaseCluster.Builder.create(this, "Database")
                .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
                        .version(AuroraPostgresEngineVersion.VER_16_6).build()))
                .writer(ClusterInstance.serverlessV2("writer"))
                .serverlessV2MinCapacity(0)
                .serverlessV2MaxCapacity(2)
                .enableDataApi(true)
                .credentials(Credentials.fromGeneratedSecret("postgres"))
                .defaultDatabaseName(DATABASE)
                .vpc(vpc).vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
                .storageEncrypted(true)
                .removalPolicy(RemovalPolicy.SNAPSHOT)
                .build();

        // The construct checks the maximum at synthesis, so it cannot take the parameter; the template can.
        ((CfnDBCluster) cluster.getNode().getDefaultChild()).addPropertyOverride(
                "ServerlessV2ScalingConfiguration.MaxCapacity", maxCapacity.getValueAsNumber());

        EmailIdentity sender = EmailIdentity.Builder.create(this, "SenderIdentity")
                .identity(Identity.email(senderEmail.getValueAsString())).build();

        LogGroup logs = LogGroup.Builder.create(this, "ApiLogs").retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY).build();
        Role role = Role.Builder.create(this, "ApiRole").assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Item Tracker's function: the Data API on its cluster, its secret, SES as its sender, its logs")
                .build();
        role.addToPolicy(allow(List.of("rds-data:ExecuteStatement"), cluster.getClusterArn()));
        role.addToPolicy(allow(List.of("secretsmanager:GetSecretValue"), cluster.getSecret().getSecretArn()));
        role.addToPolicy(allow(List.of("ses:SendEmail", "ses:SendRawEmail"), sender.getEmailIdentityArn()));
        logs.grantWrite(role);

        Function function = Function.Builder.create(this, "Api")
                .runtime(JAVA_25).architecture(Architecture.ARM_64)
                .handler(HANDLER).code(Code.fromAsset(lambdaJar.toString()))
                .memorySize(1024).timeout(Duration.seconds(29))
                .role(role).logGroup(logs)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .environment(Map.ofEntries(
                        Map.entry("STORE", "data-api"),
                        Map.entry("CLUSTER_ARN", cluster.getClusterArn()),
                        Map.entry("SECRET_ARN", cluster.getSecret().getSecretArn()),
                        Map.entry("DATABASE", DATABASE),
                        // The service creates the seed's table when missing, through the Data API with its resume
                        // handling: at SnapStart's snapshot, so before the first request.
                        Map.entry("CREATE_TABLE", "true"),
                        Map.entry("REPORT_SENDER", "ses"),
                        Map.entry("SENDER_EMAIL", senderEmail.getValueAsString()),
                        Map.entry("REPORT_ALLOWED_RECIPIENTS", recipients.getValueAsString()),
                        Map.entry("CORS_ALLOWED_ORIGINS", origins.getValueAsString()),
                        Map.entry("LOG_FORMAT", "json"),
                        // The API is public; metrics are for a scraper inside a network, not for the internet.
                        Map.entry("ENDPOINTS_PROMETHEUS_ENABLED", "false"),
                        Map.entry("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")))
                .build();
        Alias live = Alias.Builder.create(this, "Live").aliasName("live").version(function.getCurrentVersion()).build();

        HttpApi api = HttpApi.Builder.create(this, "HttpApi").apiName("item-tracker")
                .description("Item Tracker REST API: every route goes to the function, which answers CORS itself")
                .defaultIntegration(new HttpLambdaIntegration("Function", live))
                .createDefaultStage(false).build();
        HttpStage.Builder.create(this, "DefaultStage").httpApi(api).stageName("$default").autoDeploy(true)
                .throttle(ThrottleSettings.builder().rateLimit(50).burstLimit(100).build()).build();

        CfnOutput.Builder.create(this, "ApiUrl").value(api.getApiEndpoint())
                .description("Point the React client here (its base URL is this plus /api)").build();
        CfnOutput.Builder.create(this, "ClusterArn").value(cluster.getClusterArn()).build();
        CfnOutput.Builder.create(this, "SecretArn").value(cluster.getSecret().getSecretArn()).build();
    }

    private static PolicyStatement allow(List<String> actions, String resource) {
        return PolicyStatement.Builder.create().effect(Effect.ALLOW).actions(actions).resources(List.of(resource)).build();
    }
}
