using System.Text;
using System.Text.Json.Nodes;
using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnalisaAI.UnitTests.Web;

public class ProblemDetailsExceptionHandlerTests
{
    private const string Secret = "Server=db;Password=hunter2-secret";

    [Fact]
    public async Task An_unexpected_exception_is_a_500_that_says_nothing_about_its_cause()
    {
        var (context, body) = NewContext();
        var exception = Thrown(new InvalidOperationException(Secret));

        var handled = await Handler(context).TryHandleAsync(context, exception, CancellationToken.None);

        handled.Should().BeTrue();
        context.Response.StatusCode.Should().Be(StatusCodes.Status500InternalServerError);
        var text = Encoding.UTF8.GetString(body.ToArray());
        JsonNode.Parse(text)!["status"]!.GetValue<int>().Should().Be(500);
        text.Should().NotContain("hunter2").And.NotContain(nameof(InvalidOperationException))
            .And.NotContain(nameof(Thrown)).And.NotContain(" at ");
    }

    [Fact]
    public async Task A_database_that_is_away_is_a_503_with_retry_after_that_says_nothing_about_its_cause()
    {
        var (context, body) = NewContext();
        var lost = new Npgsql.NpgsqlException(Secret, new IOException("Unable to read data from the transport connection."));
        var exception = Thrown(new Microsoft.EntityFrameworkCore.DbUpdateException("An error occurred while saving the entity changes.", lost));

        var handled = await Handler(context).TryHandleAsync(context, exception, CancellationToken.None);

        handled.Should().BeTrue();
        context.Response.StatusCode.Should().Be(StatusCodes.Status503ServiceUnavailable);
        context.Response.Headers.RetryAfter.ToString().Should().Be("3");
        var text = Encoding.UTF8.GetString(body.ToArray());
        JsonNode.Parse(text)!["status"]!.GetValue<int>().Should().Be(503);
        text.Should().NotContain("hunter2").And.NotContain("Npgsql").And.NotContain(" at ");
    }

    [Fact]
    public async Task A_database_error_about_the_request_is_still_a_500()
    {
        var (context, _) = NewContext();
        var exception = Thrown(new Npgsql.PostgresException("syntax error at or near \"SELEC\"", "ERROR", "ERROR", "42601"));

        await Handler(context).TryHandleAsync(context, exception, CancellationToken.None);

        context.Response.StatusCode.Should().Be(StatusCodes.Status500InternalServerError);
        context.Response.Headers.RetryAfter.Should().BeEmpty();
    }

    [Fact]
    public async Task A_known_problem_keeps_its_status_and_detail()
    {
        var (context, body) = NewContext();

        await Handler(context).TryHandleAsync(context, new ConflictException("Already there."), CancellationToken.None);

        context.Response.StatusCode.Should().Be(StatusCodes.Status409Conflict);
        JsonNode.Parse(body.ToArray())!["detail"]!.GetValue<string>().Should().Be("Already there.");
    }

    [Fact]
    public async Task Validation_failures_are_a_400_with_camel_case_field_errors()
    {
        var (context, body) = NewContext();
        var failure = new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("Password", "Too short.")]);

        await Handler(context).TryHandleAsync(context, failure, CancellationToken.None);

        context.Response.StatusCode.Should().Be(StatusCodes.Status400BadRequest);
        JsonNode.Parse(body.ToArray())!["errors"]!["password"]![0]!.GetValue<string>().Should().Be("Too short.");
    }

    [Fact]
    public async Task A_client_that_accepts_only_xml_still_gets_the_problem_not_a_500()
    {
        // Found by the fuzzing pass of issue 10: the problem writer refused such a client, and the 404 became a 500.
        var (context, body) = NewContext();
        context.Request.Headers.Accept = "application/xml";

        var handled = await Handler(context).TryHandleAsync(context, new NotFoundException("Influencer x does not exist."), CancellationToken.None);

        handled.Should().BeTrue();
        context.Response.StatusCode.Should().Be(StatusCodes.Status404NotFound);
        context.Response.ContentType.Should().StartWith("application/problem+json");
        var problem = JsonNode.Parse(body.ToArray())!;
        problem["status"]!.GetValue<int>().Should().Be(404);
        problem["traceId"].Should().NotBeNull();
    }

    private static ProblemDetailsExceptionHandler Handler(HttpContext context) =>
        new(NullLogger<ProblemDetailsExceptionHandler>.Instance);

    private static (DefaultHttpContext Context, MemoryStream Body) NewContext()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var body = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = body;
        context.Request.Method = "GET";
        context.Request.Path = "/anything";
        return (context, body);
    }

    /// <summary>An exception that was really thrown, so it has a stack trace that could leak.</summary>
    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught)
        {
            caught.StackTrace.Should().NotBeNullOrEmpty();
            return caught;
        }
    }
}
