namespace AnalisaAI.Api.Infrastructure.Auth;

public static class PasswordHashing
{
    /// <summary>PBKDF2-HMAC-SHA512 iterations, OWASP's 2023+ figure; older hashes are rehashed on login.</summary>
    public const int Iterations = 210_000;
}
