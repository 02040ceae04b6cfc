using Mediator;

namespace AnalisaAI.Api.Features.SocialData.GetCallAllowance;

/// <summary>
/// Source calls the budget lets go ahead from now until <paramref name="Ahead"/> has passed (paced, see
/// <see cref="CallPacing"/>); null when the configured source has no call budget (<c>Stored</c>).
/// </summary>
public sealed record GetCallAllowanceQuery(TimeSpan Ahead) : IQuery<int?>;
