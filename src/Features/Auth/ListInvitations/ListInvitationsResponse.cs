namespace AnalisaAI.Api.Features.Auth.ListInvitations;

public sealed record ListInvitationsResponse(IReadOnlyList<InvitationResponse> Items);
