# Build with the Maven wrapper, run on a JRE 17 as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY intents intents
COPY src src
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /app mash \
 && mkdir -p /app/data /app/journal && chown -R mash /app \
 && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/mash-advice-line.jar /app/mash-advice-line.jar
COPY --from=build /src/src/main/resources/jvm.options /app/jvm.options
USER mash
# A class-data-sharing archive for this jar at this path, so the service starts in about half the time.
RUN java @/app/jvm.options -XX:ArchiveClassesAtExit=/app/mash-advice-line.jsa -Dmash.cds.child=true -Dmash.cds.dump=true \
      -Dmicronaut.server.port=-1 -Dmash.journal.dir=/tmp/cds-journal -Dmash.twilio.auth-token=cds-archive-training \
      "-Ddatasources.default.url=jdbc:h2:mem:cds;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER" \
      -cp /app/mash-advice-line.jar uk.mashline.Application
ENV TZ=UTC
# Database settings come from the environment: DATASOURCES_DEFAULT_URL,
# DATASOURCES_DEFAULT_USERNAME, DATASOURCES_DEFAULT_PASSWORD (see README).
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s CMD curl -fsS http://localhost:8080/health || exit 1
# jvm.options: the serial collector, a 128 MB heap (see the file)
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:SharedArchiveFile=/app/mash-advice-line.jsa", "-Dmash.cds.child=true", "-cp", "/app/mash-advice-line.jar", "uk.mashline.Application"]
