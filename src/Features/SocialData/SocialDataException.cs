namespace AnalisaAI.Api.Features.SocialData;

/// <summary>The source could not give a profile. The message is short and safe to store and show (no token, no URL).</summary>
public sealed class SocialDataException : Exception
{
    public SocialDataException(string message, SocialDataFailureKind kind = SocialDataFailureKind.Failed)
        : base(message) => Kind = kind;

    public SocialDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SocialDataFailureKind Kind { get; }
}

public enum SocialDataFailureKind
{
    /// <summary>This call failed: the run fails and the influencer backs off.</summary>
    Failed,

    /// <summary>The source is not to be called now (paused, unauthorized, out of budget, fetched recently): use stored data.</summary>
    SourceUnavailable,

    /// <summary>The account cannot be read (not found, not a business account): the influencer backs off to the maximum.</summary>
    AccountUnavailable,
}
