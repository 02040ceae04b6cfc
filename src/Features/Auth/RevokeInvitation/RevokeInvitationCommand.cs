using Mediator;

namespace AnalisaAI.Api.Features.Auth.RevokeInvitation;

public sealed record RevokeInvitationCommand(Guid InvitationId, Guid AdminId) : ICommand;
