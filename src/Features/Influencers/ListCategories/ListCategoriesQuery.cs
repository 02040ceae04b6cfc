using Mediator;

namespace AnalisaAI.Api.Features.Influencers.ListCategories;

/// <summary>The catalogue's categories with how many influencers each has, for the list's category filter.</summary>
public sealed record ListCategoriesQuery : IQuery<ListCategoriesResponse>;
