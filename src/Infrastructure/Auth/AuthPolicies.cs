namespace AnalisaAI.Api.Infrastructure.Auth;

public static class AuthPolicies
{
    /// <summary>Any signed-in user: admin or analyst.</summary>
    public const string User = "user";

    public const string Admin = "admin";
}
