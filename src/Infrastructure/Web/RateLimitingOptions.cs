using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace AnalisaAI.Api.Infrastructure.Web;

public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    [Required, ValidateObjectMembers]
    public FixedWindow Login { get; set; } = new() { PermitLimit = 10 };

    [Required, ValidateObjectMembers]
    public FixedWindow Refresh { get; set; } = new() { PermitLimit = 60 };

    public sealed class FixedWindow
    {
        [Range(1, 1_000_000)]
        public int PermitLimit { get; set; }

        [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
    }
}
