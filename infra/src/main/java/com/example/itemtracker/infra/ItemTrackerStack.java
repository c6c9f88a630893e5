package com.example.itemtracker.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteKey;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AutoVerifiedAttrs;
import software.amazon.awscdk.services.cognito.CfnUserPoolUser;
import software.amazon.awscdk.services.cognito.CognitoDomainOptions;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.SignInUrlOptions;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientIdentityProvider;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolDomain;
import software.amazon.awscdk.services.cognito.UserPoolDomainOptions;
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
 * HTTP API; and an Amazon Cognito user pool for sign-in, whose tokens the gateway checks on every
 * {@code /api} route before the function runs (and the function checks again). The function's role
 * may do exactly what the code does and nothing else.
 */
public final class ItemTrackerStack extends Stack {

    public static final String DATABASE = "auroraappdb";
    /** Lambda has no constant for it in this CDK version; SnapStart supports the Java managed runtimes. */
    public static final Runtime JAVA_25 = new Runtime("java25", RuntimeFamily.JAVA,
            LambdaRuntimeProps.builder().supportsSnapStart(true).build());
    public static final String HANDLER = "io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction";
    /** Every API route: behind the authorizer, but for its preflights. */
    public static final String API_ROUTE = "/api/{proxy+}";

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
        CfnParameter adminEmail = CfnParameter.Builder.create(this, "AdminEmail").type("String")
                .description("The first user: Cognito mails this address a temporary password, to sign in at PageUrl with."
                        + " Further users are added by an administrator (there is no self sign-up).")
                .allowedPattern("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                .constraintDescription("one email address").build();
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

        HttpApi api = HttpApi.Builder.create(this, "HttpApi").apiName("item-tracker")
                .description("Item Tracker: the page, and the REST API under /api for signed-in users; the function answers CORS")
                .createDefaultStage(false).build();
        String pageUrl = api.getApiEndpoint() + "/";
        SignIn signIn = signIn(adminEmail.getValueAsString(), pageUrl);

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
                        // The function checks every token itself too, behind the gateway's authorizer.
                        Map.entry("AUTH", "oidc"),
                        Map.entry("OIDC_ISSUER", signIn.issuer()),
                        Map.entry("OIDC_CLIENT_ID", signIn.client().getUserPoolClientId()),
                        Map.entry("OIDC_LOGOUT_URL", signIn.domain().baseUrl() + "/logout?client_id="
                                + signIn.client().getUserPoolClientId() + "&logout_uri=" + pageUrl),
                        Map.entry("LOG_FORMAT", "json"),
                        // The API is public; metrics are for a scraper inside a network, not for the internet.
                        Map.entry("ENDPOINTS_PROMETHEUS_ENABLED", "false"),
                        Map.entry("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")))
                .build();
        Alias live = Alias.Builder.create(this, "Live").aliasName("live").version(function.getCurrentVersion()).build();

        // /api needs a token the gateway accepts (so unauthenticated calls never start the function);
        // its CORS preflights carry none and have a route of their own, since an authorizer on a route
        // applies to OPTIONS too. Everything else (the page, its files, /auth/config, /health) is public.
        HttpLambdaIntegration integration = new HttpLambdaIntegration("Function", live);
        HttpUserPoolAuthorizer authorizer = HttpUserPoolAuthorizer.Builder.create("SignIn", signIn.pool())
                .authorizerName("cognito").userPoolClients(List.of(signIn.client())).build();
        HttpRoute.Builder.create(this, "PublicRoute").httpApi(api).routeKey(HttpRouteKey.DEFAULT).integration(integration).build();
        api.addRoutes(AddRoutesOptions.builder().path(API_ROUTE).integration(integration).authorizer(authorizer)
                .methods(List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.HEAD))
                .build());
        api.addRoutes(AddRoutesOptions.builder().path(API_ROUTE).integration(integration).methods(List.of(HttpMethod.OPTIONS))
                .build());
        HttpStage.Builder.create(this, "DefaultStage").httpApi(api).stageName("$default").autoDeploy(true)
                .throttle(ThrottleSettings.builder().rateLimit(50).burstLimit(100).build()).build();

        CfnOutput.Builder.create(this, "PageUrl").value(pageUrl)
                .description("The Item Tracker page: sign in as AdminEmail with the password Cognito mailed").build();
        CfnOutput.Builder.create(this, "SignInUrl").value(signIn.domain().signInUrl(signIn.client(),
                        SignInUrlOptions.builder().redirectUri(pageUrl).build()))
                .description("Cognito's sign-in page for the Item Tracker page").build();
        CfnOutput.Builder.create(this, "ApiUrl").value(api.getApiEndpoint())
                .description("The REST API is under this plus /api; every call needs Authorization: Bearer <token>").build();
        CfnOutput.Builder.create(this, "UserPoolId").value(signIn.pool().getUserPoolId())
                .description("Add users here (console, or aws cognito-idp admin-create-user)").build();
        CfnOutput.Builder.create(this, "ClusterArn").value(cluster.getClusterArn()).build();
        CfnOutput.Builder.create(this, "SecretArn").value(cluster.getSecret().getSecretArn()).build();
    }

    /** The user pool, its domain for the sign-in pages, and the page's client. */
    private record SignIn(UserPool pool, UserPoolDomain domain, UserPoolClient client) {

        /** The issuer its tokens name, as the gateway's authorizer for the pool checks it. */
        String issuer() {
            return "https://cognito-idp." + Stack.of(pool).getRegion() + ".amazonaws.com/" + pool.getUserPoolId();
        }
    }

    /**
     * Sign-in with Amazon Cognito: users only an administrator creates (the first from {@code AdminEmail},
     * to whom Cognito mails a temporary password), a strong password policy, optional TOTP; Cognito's
     * sign-in pages on a domain of the stack's own; and the page as a public client (authorization code
     * with PKCE, no secret) that returns to the page after signing in and out.
     */
    private SignIn signIn(String adminEmail, String pageUrl) {
        UserPool pool = UserPool.Builder.create(this, "Users")
                .selfSignUpEnabled(false)
                .signInAliases(SignInAliases.builder().email(true).build())
                .autoVerify(AutoVerifiedAttrs.builder().email(true).build())
                .passwordPolicy(PasswordPolicy.builder().minLength(12).requireLowercase(true).requireUppercase(true)
                        .requireDigits(true).requireSymbols(true).tempPasswordValidity(Duration.days(3)).build())
                .mfa(Mfa.OPTIONAL).mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                .build();
        CfnUserPoolUser.Builder.create(this, "Admin").userPoolId(pool.getUserPoolId()).username(adminEmail)
                .userAttributes(List.of(
                        CfnUserPoolUser.AttributeTypeProperty.builder().name("email").value(adminEmail).build(),
                        CfnUserPoolUser.AttributeTypeProperty.builder().name("email_verified").value("true").build()))
                .desiredDeliveryMediums(List.of("EMAIL")).build();
        // A prefix of the stack's own: the stack id's first eight hex digits.
        String prefix = Fn.join("-", List.of("item-tracker", Fn.select(0, Fn.split("-", Fn.select(2, Fn.split("/", Aws.STACK_ID))))));
        UserPoolDomain domain = pool.addDomain("SignInPages", UserPoolDomainOptions.builder()
                .cognitoDomain(CognitoDomainOptions.builder().domainPrefix(prefix).build()).build());
        UserPoolClient client = pool.addClient("Page", UserPoolClientOptions.builder()
                .generateSecret(false)
                .oAuth(OAuthSettings.builder().flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
                        .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE))
                        .callbackUrls(List.of(pageUrl)).logoutUrls(List.of(pageUrl)).build())
                .supportedIdentityProviders(List.of(UserPoolClientIdentityProvider.COGNITO))
                .preventUserExistenceErrors(true)
                .idTokenValidity(Duration.hours(1)).accessTokenValidity(Duration.hours(1))
                .build());
        return new SignIn(pool, domain, client);
    }

    private static PolicyStatement allow(List<String> actions, String resource) {
        return PolicyStatement.Builder.create().effect(Effect.ALLOW).actions(actions).resources(List.of(resource)).build();
    }
}
