namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>A feature's route group: its prefix, tag and the conventions (such as authorization) all its endpoints share.</summary>
public interface IEndpointGroup
{
    static abstract string Prefix { get; }

    static abstract RouteGroupBuilder Configure(RouteGroupBuilder group);
}
