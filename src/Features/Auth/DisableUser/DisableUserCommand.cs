using Mediator;

namespace AnalisaAI.Api.Features.Auth.DisableUser;

public sealed record DisableUserCommand(Guid UserId, Guid AdminId) : ICommand<AdminUserResponse>;
