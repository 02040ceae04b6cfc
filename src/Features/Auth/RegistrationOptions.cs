using System.ComponentModel.DataAnnotations;

namespace AnalisaAI.Api.Features.Auth;

/// <summary>
/// The registration policy and invitations' lifetime. Error messages name the configuration key, so a bad
/// setting that stops start-up says what to fix.
/// </summary>
public sealed class RegistrationOptions : IValidatableObject
{
    public const string Section = "Auth";

    /// <summary>Also how far back the invitation list reaches, so every pending invitation is in it.</summary>
    public const int MaxInvitationDays = 30;

    public const string UnknownPolicy = "Auth:Registration must be 'Open', 'InviteOnly' or 'Closed'.";

    /// <summary>Open, InviteOnly or Closed, in any case; unset, the environment decides (<see cref="DefaultFor"/>).</summary>
    public string? Registration { get; set; }

    [Range(1, MaxInvitationDays, ErrorMessage = "Auth:InvitationDays must be {1} to {2}.")]
    public int InvitationDays { get; set; } = 7;

    /// <summary>The policy in force. Start-up refuses an unknown one, so the fallback (closed) is never reached in practice.</summary>
    public RegistrationPolicy Policy => Parse(Registration) ?? RegistrationPolicy.Closed;

    /// <summary>Open in Development, where anyone at the keyboard may try the app; invitation only anywhere else.</summary>
    public static string DefaultFor(IHostEnvironment environment) =>
        environment.IsDevelopment() ? nameof(RegistrationPolicy.Open) : nameof(RegistrationPolicy.InviteOnly);

    /// <summary>By name only: <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would also take "1" or "Open,Closed".</summary>
    public static RegistrationPolicy? Parse(string? value) =>
        Enum.GetValues<RegistrationPolicy>()
            .Select(policy => (RegistrationPolicy?)policy)
            .FirstOrDefault(policy => string.Equals(policy.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Parse(Registration) is null)
        {
            yield return new ValidationResult(UnknownPolicy, [nameof(Registration)]);
        }
    }
}
