using System.Net;
using AnalisaAI.IntegrationTests.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AnalisaAI.IntegrationTests.Contract;

/// <summary>
/// The negative control of the response check every integration test's client runs: through the very clients the
/// tests use, a response the served document does not allow fails the request that got it.
/// </summary>
public sealed class ResponseValidationTests(ContractBreakingApiFactory factory) : IClassFixture<ContractBreakingApiFactory>
{
    [Fact]
    public async Task An_undeclared_status_fails_the_request_naming_operation_and_status()
    {
        var failure = await SendBrokenAsync(ContractBreakingApiFactory.Breaks.Status);

        failure.Which.Violations.Should().ContainSingle().Which.Should().Be(
            failure.Which.Violations[0] with { Operation = "GET /api/auth/me", Status = 418, Kind = ViolationKind.UndeclaredStatus });
        failure.WithMessage("*GET /api/auth/me -> 418: undeclared status*");
    }

    [Fact]
    public async Task A_body_off_its_schema_fails_the_request_naming_the_property()
    {
        var failure = await SendBrokenAsync(ContractBreakingApiFactory.Breaks.Body);

        failure.Which.Violations.Should().Contain(v =>
            v.Operation == "GET /api/auth/me" && v.Status == 200 && v.Kind == ViolationKind.Schema
            && v.Location.StartsWith("/email ", StringComparison.Ordinal) && v.Detail.StartsWith("type:", StringComparison.Ordinal));
        failure.WithMessage("*GET /api/auth/me -> 200: schema at /email*");
    }

    [Fact]
    public async Task An_undeclared_content_type_fails_the_request()
    {
        var failure = await SendBrokenAsync(ContractBreakingApiFactory.Breaks.ContentType);

        failure.Which.Violations.Should().ContainSingle(v => v.Kind == ViolationKind.UndeclaredContentType && v.Detail.StartsWith("got text/plain", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paths_the_document_does_not_have_are_not_checked()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/swagger/index.html");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await factory.ServedDocument.GetAsync(CancellationToken.None)).Document.Resolve("GET", new Uri("http://localhost/swagger/index.html")).Should().BeNull();
    }

    [Fact]
    public void A_client_made_past_the_factorys_own_methods_is_refused()
    {
        var uncheckedClient = () => ((WebApplicationFactory<Program>)factory).CreateClient();

        uncheckedClient.Should().Throw<InvalidOperationException>().WithMessage("*skip the OpenAPI response check*");
    }

    private async Task<FluentAssertions.Specialized.ExceptionAssertions<ContractViolationException>> SendBrokenAsync(string how)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me") { Headers = { { ContractBreakingApiFactory.Header, how } } };
        return await client.Invoking(c => c.SendAsync(request)).Should().ThrowAsync<ContractViolationException>();
    }
}
