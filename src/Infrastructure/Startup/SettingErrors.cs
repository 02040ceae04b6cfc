using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Infrastructure.Startup;

/// <summary>
/// A bad setting stops start-up before any migration or seeding, with one line naming the key and what is
/// wrong, and exit code 1: the operator needs the fix, not a stack trace.
/// </summary>
public static class SettingErrors
{
    private static int installed;

    /// <summary>
    /// Turns a setting error that escapes the entry point into that one line on standard error and exit
    /// code 1. A test host runs the entry point itself and still sees the exception.
    /// </summary>
    public static void ExitWithOneLine()
    {
        if (Interlocked.Exchange(ref installed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.UnhandledException += (_, args) =>
        {
            if (args.ExceptionObject is Exception exception && Describe(exception) is { } line)
            {
                Console.Error.WriteLine(line);
                Console.Error.Flush();
                Environment.Exit(1);
            }
        };
    }

    /// <summary>Runs every options validation now (the same as at host start), before the database is touched.</summary>
    public static WebApplication ValidateSettings(this WebApplication app)
    {
        app.Services.GetService<IStartupValidator>()?.Validate();
        return app;
    }

    /// <summary>The one line for a setting error, or null for any other failure.</summary>
    public static string? Describe(Exception exception)
    {
        var messages = Messages(exception).ToList();
        return messages.Count == 0 ? null : "Invalid setting: " + string.Join(" ", messages).ReplaceLineEndings(" ");
    }

    private static IEnumerable<string> Messages(Exception exception) => exception switch
    {
        OptionsValidationException options => options.Failures,
        AggregateException aggregate when aggregate.InnerExceptions.All(e => Messages(e).Any()) =>
            aggregate.InnerExceptions.SelectMany(Messages),

        // The configuration binder's message names the key and the value's expected type.
        InvalidOperationException binder when binder.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            [binder.Message],
        _ => [],
    };
}
