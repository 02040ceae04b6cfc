namespace AnalisaAI.IntegrationTests.Infrastructure;

/// <summary>
/// The app started again on the database another factory left behind (<see cref="ApiFactory.KeepDatabase"/>),
/// as after a restart; it deletes that database when disposed.
/// </summary>
public sealed class ReopenedApiFactory(string databasePath) : ControlledSourceApiFactory
{
    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["ConnectionStrings:Default"] = $"Data Source={databasePath}";
        return settings;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        DeleteDatabase(databasePath);
    }
}
