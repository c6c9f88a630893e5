package com.example.itemtracker.infra;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Synthesises the stack: {@code InfraApp [outdir] [lambda-jar]}. Without AWS credentials it writes
 * the CloudFormation template and the Lambda jar (as an asset) to the output directory; the stack is
 * environment-agnostic, so the account and region are the ones {@code cdk deploy} uses.
 */
public final class InfraApp {

    private InfraApp() {
    }

    public static void main(String[] args) {
        Path jar = Path.of(args.length > 1 ? args[1] : "app-micronaut/target/item-tracker.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            System.err.println("The Lambda jar " + jar + " does not exist: build it first with"
                    + " ./mvnw -q -pl app-micronaut -am package -DskipTests");
            System.exit(2);
        }
        AppProps.Builder props = AppProps.builder();
        if (args.length > 0) {
            props.outdir(args[0]);
        }
        App app = new App(props.build());
        new ItemTrackerStack(app, "ItemTracker", StackProps.builder()
                .description("Item Tracker: Aurora Serverless v2 (Data API), SES sender identity, Lambda and HTTP API").build(), jar);
        app.synth();
    }
}
