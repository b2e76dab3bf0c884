# syntax=docker/dockerfile:1
# The local mail server of docker-compose: GreenMail standalone run by fr.cls.deploy.mail.BoundedMailServer, which
# keeps the newest CLS_MAIL_MAX_MESSAGES emails only (plain GreenMail keeps all in memory and died under load tests),
# as the local launcher runs it. Build from the repository root:
#   docker build -f deploy/docker/mail-server.Dockerfile -t cls/mail-server:0.1.0 .

# ---- build: deploy/local-stack compiles the server and copies the GreenMail standalone jar ----
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,id=cls-m2,target=/root/.m2,sharing=locked \
    mvn -B -q -pl deploy/local-stack -am package -DskipTests

# ---- runtime: JRE only, non-root ----
FROM eclipse-temurin:25.0.3_9-jre-noble
LABEL org.opencontainers.image.title="mail-server" \
      org.opencontainers.image.vendor="CLS platform" \
      org.opencontainers.image.version="0.1.0"
RUN groupadd --system --gid 10001 cls \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin cls
WORKDIR /app
COPY --from=build --chmod=0444 /src/deploy/local-stack/target/mail-server/greenmail-standalone.jar /app/greenmail-standalone.jar
COPY --from=build /src/deploy/local-stack/target/classes/fr/cls/deploy/mail /app/classes/fr/cls/deploy/mail
ENV CLS_MAIL_MAX_MESSAGES=5000
USER 10001:10001
EXPOSE 3025 8080
ENTRYPOINT ["sh", "-c", "exec java -Xmx128m -Dcls.mail.max-messages=${CLS_MAIL_MAX_MESSAGES} -Dgreenmail.smtp.hostname=0.0.0.0 -Dgreenmail.smtp.port=3025 -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=0.0.0.0 -Dgreenmail.api.port=8080 -cp /app/greenmail-standalone.jar:/app/classes fr.cls.deploy.mail.BoundedMailServer"]
