using Mediator;

namespace AnalisaAI.Api.Features.Auth.Me;

public sealed record MeQuery(Guid UserId) : IQuery<UserResponse>;
