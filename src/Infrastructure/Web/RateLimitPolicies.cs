namespace AnalisaAI.Api.Infrastructure.Web;

public static class RateLimitPolicies
{
    /// <summary>Login and register, per client address.</summary>
    public const string Login = "login";

    /// <summary>Token refresh, per client address.</summary>
    public const string Refresh = "refresh";
}
