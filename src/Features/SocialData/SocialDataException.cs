namespace AnalisaAI.Api.Features.SocialData;

/// <summary>The source could not give a profile. The message is short and safe to store and show (no token, no URL).</summary>
public sealed class SocialDataException : Exception
{
    public SocialDataException(string message)
        : base(message)
    {
    }

    public SocialDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
