using AnalisaAI.Api.Features.Auth.Login;
using AnalisaAI.Api.Features.Influencers;

// The architecture test's negative control: a pretend feature "Reports" under a features root of its own,
// written the way the rules forbid. The check must report exactly the forbidden use.
namespace AnalisaAI.UnitTests.Architecture.Control.Features.Reports;

/// <summary>A loose feature-level file that reaches into another feature's slice: forbidden.</summary>
public sealed class ReportsLooseFile(LoginHandler handler)
{
    public LoginHandler Handler { get; } = handler;
}

/// <summary>Uses only a listed shared contract of another feature: allowed.</summary>
public sealed class ReportsContractUser(Influencer influencer)
{
    public Influencer Influencer { get; } = influencer;
}
