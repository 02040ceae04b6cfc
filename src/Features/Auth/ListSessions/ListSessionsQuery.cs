using Mediator;

namespace AnalisaAI.Api.Features.Auth.ListSessions;

/// <summary>The user's live sessions; <paramref name="CurrentSessionId"/> is the caller's access token's session.</summary>
public sealed record ListSessionsQuery(Guid UserId, Guid CurrentSessionId) : IQuery<ListSessionsResponse>;
