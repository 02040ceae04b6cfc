namespace AnalisaAI.Api.Features.Auth.ListUsers;

public sealed record ListUsersResponse(IReadOnlyList<AdminUserResponse> Items, int Page, int PageSize, int TotalCount);
