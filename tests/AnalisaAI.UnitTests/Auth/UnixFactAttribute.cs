namespace AnalisaAI.UnitTests.Auth;

/// <summary>A fact about Unix file modes: skipped, saying why, on Windows, which has none.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix only: Windows has no Unix file modes.";
        }
    }
}
