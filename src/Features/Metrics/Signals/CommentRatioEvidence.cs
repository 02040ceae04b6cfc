namespace AnalisaAI.Api.Features.Metrics.Signals;

/// <summary>The evidence of highCommentToLikeRatio, over the public sample Q.</summary>
public sealed record CommentRatioEvidence(int PostsSampled, long TotalLikes, long TotalComments, double Ratio);
