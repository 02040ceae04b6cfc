# Build and run the AnalisaAI API. docker-compose.yml uses this with PostgreSQL or SQL Server.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/AnalisaAI.Api.csproj src/
RUN dotnet restore src/AnalisaAI.Api.csproj
COPY src/ src/
RUN dotnet publish src/AnalisaAI.Api.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
# curl serves the compose health check against /health/ready.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "AnalisaAI.Api.dll"]
