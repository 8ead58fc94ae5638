# syntax=docker/dockerfile:1
# Tongban image: docker build -t tongban . (docker compose up builds it too; see docker-compose.yml).
# Build stage: the Maven wrapper with the production profile (Vaadin's pre-built production bundle, no npm build).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY . .
# The cache mount keeps ~/.m2 between builds: a source change does not download the dependencies again.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -Pproduction package -DskipTests \
 && java -Djarmode=tools -jar target/tongban.jar extract --layers --launcher --destination /workspace/extracted

# Run stage: JRE only, as a non-root user, Spring Boot's layers from the least to the most often changed.
FROM eclipse-temurin:17-jre
# curl for the health check: newer Temurin images no longer ship it.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system tongban \
 && useradd --system --gid tongban --home-dir /app --shell /usr/sbin/nologin tongban \
 && mkdir -p /app/data \
 && chown tongban:tongban /app/data
WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
USER tongban
# Without SPRING_PROFILES_ACTIVE=mysql the app keeps its H2 database in /app/data (mount a volume there to keep it).
ENV TZ=Asia/Shanghai \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# First start creates the Camunda and Flyway schemas and seeds the demo data: give it time.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
