namespace AnalisaAI.Api.Features.Lists.GetLists;

public sealed record GetListsResponse(IReadOnlyList<SavedListResponse> Items);
