namespace AnalisaAI.Api.Features.Influencers.ListCategories;

public sealed record ListCategoriesResponse(IReadOnlyList<ListCategoriesItem> Items);
