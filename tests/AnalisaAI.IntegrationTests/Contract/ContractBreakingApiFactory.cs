using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Contract;

/// <summary>
/// The app with one extra middleware in front: a request carrying <see cref="Header"/> is answered by it, with a
/// response the served document does not allow (see <see cref="Breaks"/>), so a test can see the check reject it.
/// </summary>
public sealed class ContractBreakingApiFactory : ApiFactory
{
    public const string Header = "X-Test-Break-Contract";

    /// <summary>What each value of <see cref="Header"/> answers.</summary>
    public static class Breaks
    {
        /// <summary>418, which no operation declares.</summary>
        public const string Status = "status";

        /// <summary>200 application/json whose <c>email</c> is a number.</summary>
        public const string Body = "body";

        /// <summary>200 text/plain.</summary>
        public const string ContentType = "content-type";
    }

    // Its tests are about the failure, so it throws even in a survey run.
    protected override bool SurveyViolations => false;

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IStartupFilter, BreakingFilter>();

    private sealed class BreakingFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                switch (context.Request.Headers[Header].ToString())
                {
                    case Breaks.Status:
                        context.Response.StatusCode = StatusCodes.Status418ImATeapot;
                        break;
                    case Breaks.Body:
                        context.Response.ContentType = "application/json";
                        await context.Response.WriteAsync("""{"email":42}""");
                        break;
                    case Breaks.ContentType:
                        context.Response.ContentType = "text/plain";
                        await context.Response.WriteAsync("hello");
                        break;
                    default:
                        await nextMiddleware(context);
                        break;
                }
            });
            next(app);
        };
    }
}
