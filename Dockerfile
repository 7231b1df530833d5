# Build with the Maven wrapper, run on a JRE 17 as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml openapi.properties ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY intents intents
COPY src src
COPY jvm.options ./
COPY scripts/launch scripts/cds-archive scripts/
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /app mash \
 && mkdir -p /app/data /app/journal && chown -R mash /app \
 && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/mash-advice-line.jar /app/mash-advice-line.jar
COPY --from=build /src/jvm.options /app/jvm.options
COPY --from=build /src/scripts/launch /src/scripts/cds-archive /app/scripts/
USER mash
# A class-data-sharing archive for this jar at this path (scripts/cds-archive runs the jar once and
# archives the classes it loaded), so the service starts in about half the time.
RUN /app/scripts/cds-archive /app/mash-advice-line.jar
ENV TZ=UTC
# as scripts/launch: two malloc arenas, not one per thread (less resident memory)
ENV MALLOC_ARENA_MAX=2
# Database settings come from the environment: DATASOURCES_DEFAULT_URL,
# DATASOURCES_DEFAULT_USERNAME, DATASOURCES_DEFAULT_PASSWORD (see README).
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s CMD curl -fsS http://localhost:8080/health || exit 1
# jvm.options: the serial collector, the heap cap and the compiler (see the file); the archive made above
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:SharedArchiveFile=/app/mash-advice-line.jsa", "-Xshare:auto", "-jar", "/app/mash-advice-line.jar"]
