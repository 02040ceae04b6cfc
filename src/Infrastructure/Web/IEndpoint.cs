namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// One slice's HTTP endpoint. It is found at start-up and mapped onto the route group of its feature,
/// <typeparamref name="TGroup"/>, which carries the prefix, the OpenAPI tag and the authorization.
/// </summary>
public interface IEndpoint<TGroup> where TGroup : IEndpointGroup
{
    static abstract void Map(RouteGroupBuilder group);
}
