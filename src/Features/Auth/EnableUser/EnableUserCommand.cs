using Mediator;

namespace AnalisaAI.Api.Features.Auth.EnableUser;

public sealed record EnableUserCommand(Guid UserId, Guid AdminId) : ICommand<AdminUserResponse>;
