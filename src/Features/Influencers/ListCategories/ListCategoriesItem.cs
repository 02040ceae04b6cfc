namespace AnalisaAI.Api.Features.Influencers.ListCategories;

/// <summary>A category (its stored, lowercase name) and the number of influencers in it.</summary>
public sealed record ListCategoriesItem(string Name, int Count);
