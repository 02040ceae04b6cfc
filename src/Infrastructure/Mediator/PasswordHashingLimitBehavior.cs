using AnalisaAI.Api.Infrastructure.Auth;
using Mediator;

namespace AnalisaAI.Api.Infrastructure.Mediator;

/// <summary>Runs the handler of a message that hashes a password only inside a slot of the instance's hashing cap.</summary>
public sealed class PasswordHashingLimitBehavior<TMessage, TResponse>(PasswordHashingLimiter limiter)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IHashesPassword)
        {
            return await next(message, cancellationToken);
        }

        using var slot = await limiter.AcquireAsync(cancellationToken);
        return await next(message, cancellationToken);
    }
}
