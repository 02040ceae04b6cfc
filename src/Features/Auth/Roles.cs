namespace AnalisaAI.Api.Features.Auth;

public static class Roles
{
    public const string Admin = "admin";
    public const string Analyst = "analyst";

    /// <summary>The roles an account can have, as the API spells them.</summary>
    public static readonly IReadOnlyList<string> All = [Analyst, Admin];

    public static bool IsKnown(string? role) => role is Admin or Analyst;
}
