namespace AnalisaAI.Api.Features.SocialData;

/// <summary>
/// Where the profile stage gets an influencer's current profile. Chosen by <c>SocialData:Source</c>:
/// <c>Stored</c> (what ingestion stored) or <c>InstagramGraph</c> (the Graph API's business discovery).
/// A failure is thrown as <see cref="SocialDataException"/>; the run records it and backs off.
/// </summary>
public interface ISocialDataSource
{
    Task<SocialProfile> FetchProfileAsync(SocialAccount account, CancellationToken cancellationToken);
}
