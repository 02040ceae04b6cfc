namespace AnalisaAI.Api.Infrastructure.Auth;

/// <summary>Claim names as they appear in our tokens (inbound mapping is off, so they stay short).</summary>
public static class AuthClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Name = "name";

    /// <summary>The refresh-token family (session) an access token was issued with.</summary>
    public const string Session = "sid";
}
