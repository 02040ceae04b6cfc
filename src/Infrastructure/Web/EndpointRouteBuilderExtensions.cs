using System.Reflection;

namespace AnalisaAI.Api.Infrastructure.Web;

public static class EndpointRouteBuilderExtensions
{
    /// <summary>Maps every <see cref="IEndpoint{TGroup}"/> in the assembly onto its feature's route group.</summary>
    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder app)
    {
        var endpoints = typeof(EndpointRouteBuilderExtensions).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsInterface: false })
            .SelectMany(type => type.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEndpoint<>))
                .Select(i => (Endpoint: type, Group: i.GetGenericArguments()[0])));

        foreach (var byGroup in endpoints.GroupBy(e => e.Group).OrderBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            var group = CreateGroup(app, byGroup.Key);
            foreach (var (endpoint, _) in byGroup.OrderBy(e => e.Endpoint.Name, StringComparer.Ordinal))
            {
                endpoint.GetMethod("Map", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [group]);
            }
        }

        return app;
    }

    private static RouteGroupBuilder CreateGroup(IEndpointRouteBuilder app, Type groupType)
    {
        var prefix = (string)groupType.GetProperty(nameof(IEndpointGroup.Prefix), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var group = app.MapGroup(prefix);
        return (RouteGroupBuilder)groupType
            .GetMethod(nameof(IEndpointGroup.Configure), BindingFlags.Public | BindingFlags.Static)!
            .Invoke(null, [group])!;
    }
}
