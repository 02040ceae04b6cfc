namespace AnalisaAI.Api.Features.Auth.ListSessions;

public sealed record ListSessionsResponse(IReadOnlyList<SessionResponse> Items);
