using System.Net;

namespace AnalisaAI.Soak;

/// <summary>The admin's access token, shared by the writers; signed in again when refused or every few minutes (the token lives 15).</summary>
public sealed class AdminSession(SoakClient client, string email, string password)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTime signedInAt;

    public async Task<string?> TokenAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (token is null || DateTime.UtcNow - signedInAt > Lifetime)
            {
                var answer = await client.PostAsync("login", Environment.TickCount, "/api/auth/login", new { email, password }, null, cancellationToken);
                token = answer.Is(HttpStatusCode.OK) ? TokenPair.From(answer).AccessToken : null;
                signedInAt = DateTime.UtcNow;
            }

            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>After a 401: the next call signs in again.</summary>
    public void Forget() => token = null;
}
