using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Features.Demo;
using AnalisaAI.Api.Features.Metrics;
using AnalisaAI.Api.Features.MetricsUpdate;
using AnalisaAI.Api.Features.SocialData;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Logging;
using AnalisaAI.Api.Infrastructure.Mediator;
using AnalisaAI.Api.Infrastructure.Observability;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Scheduling;
using AnalisaAI.Api.Infrastructure.Startup;
using AnalisaAI.Api.Infrastructure.Web;

SettingErrors.ExitWithOneLine();
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.AddSerilogLogging();
builder.AddPersistence();
builder.AddMediatorPipeline();
builder.AddAuth();
builder.AddWeb();
builder.AddDashboard();
builder.AddScheduling();
builder.AddObservability();
builder.AddAuthFeature();
builder.AddMetricsFeature();
builder.AddMetricsUpdateFeature();
builder.AddSocialData();
builder.AddDemoFeature();

var app = builder.Build();

app.ValidateSettings();
await app.InitialiseDatabaseAsync();
app.UseWeb();
app.UseObservability();
await app.RunAsync();

/// <summary>The entry point; public so that integration tests can host the app.</summary>
public partial class Program;
