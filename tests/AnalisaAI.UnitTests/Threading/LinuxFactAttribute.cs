namespace AnalisaAI.UnitTests.Threading;

/// <summary>A fact about Linux only (it reads <c>/proc</c>): skipped, saying why, on any other system.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Linux only: this test reads /proc.";
        }
    }
}
