using AnalisaAI.Api.Features.Metrics;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using AnalisaAI.Api.Features.Metrics.Signals;
using AnalisaAI.Api.Features.SocialData.GetSourceStatus;
using AnalisaAI.Api.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AnalisaAI.UnitTests.OpenApi;

/// <summary>Component ids are type names in generated clients: by feature for ours, plain for the framework's problems.</summary>
public sealed class SchemaIdsTests
{
    [Fact]
    public void Our_types_are_named_by_feature_and_the_problems_plainly()
    {
        SchemaIds.For(typeof(MetricsResponse)).Should().Be("Metrics.MetricsResponse");
        SchemaIds.For(typeof(ProblemDetails)).Should().Be("ProblemDetails");
        SchemaIds.For(typeof(HttpValidationProblemDetails)).Should().Be("ValidationProblemDetails");
    }

    [Fact]
    public void A_closed_set_is_named_beside_the_type_that_declares_it()
    {
        SchemaIds.For(FollowerTier.All).Should().Be("Metrics.Benchmark.FollowerTier");
        SchemaIds.For(SignalIds.All).Should().Be("Metrics.Signals.SignalId");
        SchemaIds.For(SourceStatus.States).Should().Be("SocialData.GetSourceStatus.SourceState");
        SchemaIds.For(Api.Infrastructure.Web.ApiEnum.All<Api.Features.Influencers.Platform>()).Should().Be("Influencers.Platform");
    }
}
