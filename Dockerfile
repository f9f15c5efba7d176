# LinkGraph API image (plus the linkgraph CLI): multi-stage build on the official .NET 10 images, runs as the
# images' non-root "app" user, keeps its SQLite file on the /data volume.
#   docker build -t linkgraph-api .        (docker compose builds it for you: see README "Neo4j for analysts")

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so the package layer is cached across source edits.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Directory.Build.props src/
COPY src/LinkGraph.Graph/LinkGraph.Graph.csproj src/LinkGraph.Graph/
COPY src/LinkGraph.Core/LinkGraph.Core.csproj src/LinkGraph.Core/
COPY src/LinkGraph.Synthetic/LinkGraph.Synthetic.csproj src/LinkGraph.Synthetic/
COPY src/LinkGraph.Storage.Sqlite/LinkGraph.Storage.Sqlite.csproj src/LinkGraph.Storage.Sqlite/
COPY src/LinkGraph.Neo4j/LinkGraph.Neo4j.csproj src/LinkGraph.Neo4j/
COPY src/LinkGraph.Jobs/LinkGraph.Jobs.csproj src/LinkGraph.Jobs/
COPY src/LinkGraph.Api/LinkGraph.Api.csproj src/LinkGraph.Api/
COPY src/LinkGraph.Cli/LinkGraph.Cli.csproj src/LinkGraph.Cli/
RUN dotnet restore src/LinkGraph.Api/LinkGraph.Api.csproj \
 && dotnet restore src/LinkGraph.Cli/LinkGraph.Cli.csproj
COPY src/ src/
# LinkGraph.Neo4j embeds the Cypher files.
COPY cypher/*.cypher cypher/
RUN dotnet publish src/LinkGraph.Api/LinkGraph.Api.csproj -c Release --no-restore -o /out/api \
 && dotnet publish src/LinkGraph.Cli/LinkGraph.Cli.csproj -c Release --no-restore -o /out/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out/api ./
COPY --from=build /out/cli ./cli/
# /data holds the SQLite store; /export receives neo4j-admin CSVs from "linkgraph export neo4j-csv".
RUN mkdir -p /data /export \
 && chown app:app /data /export \
 && printf '#!/bin/sh\nexec dotnet /app/cli/linkgraph.dll "$@"\n' > /usr/local/bin/linkgraph \
 && chmod 755 /usr/local/bin/linkgraph
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    LINKGRAPH_DB=/data/linkgraph.db \
    DOTNET_NOLOGO=1
VOLUME ["/data"]
EXPOSE 8080
ENTRYPOINT ["dotnet", "/app/LinkGraph.Api.dll"]
