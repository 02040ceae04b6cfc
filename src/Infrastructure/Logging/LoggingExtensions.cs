using System.Globalization;
using Serilog;
using Serilog.Formatting.Compact;

namespace AnalisaAI.Api.Infrastructure.Logging;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog to the console: readable text in Development, compact JSON elsewhere, every event carrying
    /// its trace id. Other logging providers registered by the host (tests add one) still receive events.
    /// </summary>
    public static IHostApplicationBuilder AddSerilogLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                logger.ReadFrom.Configuration(builder.Configuration)
                    .ReadFrom.Services(services)
                    .Enrich.FromLogContext();
                if (development)
                {
                    logger.WriteTo.Console(
                        outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {TraceId}{NewLine}{Exception}",
                        formatProvider: CultureInfo.InvariantCulture);
                }
                else
                {
                    logger.WriteTo.Console(new RenderedCompactJsonFormatter());
                }
            },
            preserveStaticLogger: true,
            writeToProviders: true);
        return builder;
    }
}
