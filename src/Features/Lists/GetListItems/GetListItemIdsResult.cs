namespace AnalisaAI.Api.Features.Lists.GetListItems;

public sealed record GetListItemIdsResult(string Name, IReadOnlyList<Guid> Ids);
