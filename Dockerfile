# newsflow: one image for every stage (ingest, enrich, sink); the command picks the stage.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY schemas schemas
COPY ingest ingest
COPY enrich enrich
COPY sink sink
COPY runtime runtime
COPY devkit devkit
COPY desk desk
COPY app app
# every module the root pom lists must be here, or Maven stops before building any ("Child module ... does not exist")
COPY bench bench
COPY example-consumer example-consumer
RUN mvn -B -q -DskipTests package -pl app -am

# the image takes the launcher and its runtime classpath (lib/) only: no broker, no Scala. 'demo' and 'broker' need
# the dev kit (app/target/devkit), which stays in the build stage; run them from a source checkout.
FROM eclipse-temurin:17-jre
WORKDIR /opt/newsflow
COPY --from=build /src/app/target/newsflow.jar ./newsflow.jar
COPY --from=build /src/app/target/lib ./lib
COPY config ./config
COPY samples ./samples
ENV NEWSFLOW_HOME=/opt/newsflow
ENTRYPOINT ["java", "-Xmx1g", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
