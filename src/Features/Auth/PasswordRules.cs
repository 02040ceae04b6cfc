namespace AnalisaAI.Api.Features.Auth;

/// <summary>Length is the only rule (NIST SP 800-63B): no composition rules.</summary>
public static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 128;
}
