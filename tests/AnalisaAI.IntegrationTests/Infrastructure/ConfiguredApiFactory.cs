namespace AnalisaAI.IntegrationTests.Infrastructure;

/// <summary>An <see cref="ApiFactory"/> made inline with changed settings, for tests that need a host of their own (start-up failures).</summary>
public sealed class ConfiguredApiFactory(
    IReadOnlyDictionary<string, string?> overrides,
    string environment = "Testing",
    params string[] removed) : ApiFactory
{
    protected override string EnvironmentName => environment;

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        foreach (var key in removed)
        {
            settings.Remove(key);
        }

        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }
}
