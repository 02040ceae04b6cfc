using Mediator;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>
/// Every influencer the listing's filters match, in its order, without paging: what the CSV export streams. Only
/// the ids are read here (16 bytes a row), so the order is fixed once and no reader stays open while a slow
/// client downloads; the rows are then read a batch at a time (<see cref="ListInfluencersCsv"/>).
/// </summary>
public sealed record ListInfluencerIdsQuery(ListInfluencersQuery Filters) : IQuery<ListInfluencerIdsResult>;
