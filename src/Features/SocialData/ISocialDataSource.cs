namespace AnalisaAI.Api.Features.SocialData;

/// <summary>
/// Where the profile stage gets an influencer's current profile. Chosen by <c>SocialData:Source</c>:
/// <c>Stored</c> (what ingestion stored) or <c>InstagramGraph</c> (the Graph API's business discovery).
/// A failure is thrown as <see cref="SocialDataException"/>; its <see cref="SocialDataException.Kind"/> says
/// whether the run fails (and the influencer backs off), goes on from stored data (the source is paused,
/// unauthorized, out of budget, or the profile was fetched recently) or backs off to the maximum (the account
/// cannot be read).
/// </summary>
public interface ISocialDataSource
{
    /// <summary>True when the source reports the network's live figures (not what ingestion stored).</summary>
    bool IsLive { get; }

    Task<SocialProfile> FetchProfileAsync(SocialAccount account, CancellationToken cancellationToken);
}
