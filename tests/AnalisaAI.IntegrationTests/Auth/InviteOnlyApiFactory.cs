using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.Auth;

/// <summary>The app with <c>Auth:Registration</c> set to InviteOnly (the default outside Development).</summary>
public sealed class InviteOnlyApiFactory : ApiFactory
{
    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Auth:Registration"] = "InviteOnly";
        return settings;
    }
}
