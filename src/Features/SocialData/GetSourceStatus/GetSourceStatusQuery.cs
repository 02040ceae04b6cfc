using Mediator;

namespace AnalisaAI.Api.Features.SocialData.GetSourceStatus;

/// <summary>The configured social data source's state and budget, for the freshness endpoint.</summary>
public sealed record GetSourceStatusQuery : IQuery<SourceStatus>;
