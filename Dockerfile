# The service as a container: the same jar, the same JVM settings (bin/item-tracker) and the same
# environment variables as `java -jar` (README, "Configure it"). Build: docker build -t item-tracker .
# Run:   docker run -p 127.0.0.1:8080:8080 -e AUTH=none -v item-tracker-data:/data item-tracker
# The base images are build arguments, for a registry mirror of your own:
#   docker build --build-arg BUILD_IMAGE=mirror.example.com/temurin:25-jdk \
#                --build-arg RUNTIME_IMAGE=mirror.example.com/temurin:25-jre -t item-tracker .
# The runtime image needs a JDK or JRE 25 on the PATH, bash, and groupadd/useradd.
ARG BUILD_IMAGE=eclipse-temurin:25-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:25-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY core core
COPY store-sql store-sql
COPY test-support test-support
COPY adapter-jdbc-local adapter-jdbc-local
COPY adapter-ses adapter-ses
COPY adapter-aurora-dataapi adapter-aurora-dataapi
COPY app-micronaut app-micronaut
COPY infra/pom.xml infra/pom.xml
COPY bin bin
# The AOT cache is trained below, on the runtime image's JVM: a cache only serves the JVM that made it.
RUN ./mvnw -B -q -pl app-micronaut -am package -DskipTests -Daot.skip

FROM ${RUNTIME_IMAGE}
RUN groupadd --system --gid 10001 item-tracker \
 && useradd --system --uid 10001 --gid item-tracker --home-dir /app --shell /usr/sbin/nologin item-tracker \
 && mkdir -p /data /outbox && chown item-tracker:item-tracker /data /outbox
WORKDIR /app
COPY --from=build /src/bin/item-tracker bin/item-tracker
COPY --from=build /src/app-micronaut/target/item-tracker.jar app-micronaut/target/item-tracker.jar
# The training run: starts the service on a throw-away store, makes the client's calls, stops.
RUN ITEM_TRACKER_AOT=train bin/item-tracker && chmod a+r app-micronaut/target/item-tracker.aot
USER item-tracker
# A container is reached through its published port, so the service listens on every address of its
# own; that needs AUTH (oidc, or none behind something that protects it), or it refuses to start.
ENV DATA_DIR=/data OUTBOX_DIR=/outbox PORT=8080 HOST=0.0.0.0
EXPOSE 8080
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=3s CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf 'GET /health/liveness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ' 200 ' <&3"]
# bin/item-tracker execs java, so the JVM is PID 1 and gets docker stop's SIGTERM (graceful shutdown).
ENTRYPOINT ["bin/item-tracker"]
