namespace AnalisaAI.Api.Features.Auth;

public static class Roles
{
    public const string Admin = "admin";
    public const string Analyst = "analyst";
}
