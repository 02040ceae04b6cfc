using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace AnalisaAI.Api.Infrastructure.Web;

public sealed class RateLimitingOptions : IValidatableObject
{
    public const string Section = "RateLimiting";

    private const int MaxPermitLimit = 1_000_000;
    private static readonly TimeSpan MinWindow = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(1);

    [Required]
    public FixedWindow Login { get; set; } = new() { PermitLimit = 10 };

    [Required]
    public FixedWindow Refresh { get; set; } = new() { PermitLimit = 60 };

    public sealed class FixedWindow
    {
        public int PermitLimit { get; set; }

        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
    }

    // Validated here rather than with attributes on FixedWindow: one window type serves both policies, and a
    // start-up error has to name the exact key to fix (RateLimiting:Login:PermitLimit, not "PermitLimit").
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, window) in new[] { (nameof(Login), Login), (nameof(Refresh), Refresh) })
        {
            if (window.PermitLimit is < 1 or > MaxPermitLimit)
            {
                yield return new ValidationResult(
                    string.Create(CultureInfo.InvariantCulture, $"{Section}:{name}:PermitLimit must be 1 to {MaxPermitLimit}; it is {window.PermitLimit}."),
                    [$"{name}.{nameof(FixedWindow.PermitLimit)}"]);
            }

            if (window.Window < MinWindow || window.Window > MaxWindow)
            {
                yield return new ValidationResult(
                    string.Create(CultureInfo.InvariantCulture, $"{Section}:{name}:Window must be {MinWindow} to {MaxWindow}; it is {window.Window}."),
                    [$"{name}.{nameof(FixedWindow.Window)}"]);
            }
        }
    }
}
