namespace AnalisaAI.Api.Infrastructure.Auth;

/// <summary>Whether a session (refresh-token family, the <c>sid</c> claim) has ended by logout or revocation.</summary>
public interface ISessionRevocations
{
    ValueTask<bool> IsRevokedAsync(Guid sessionId, CancellationToken cancellationToken);
}
