using AnalisaAI.Api.Features.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AnalisaAI.Api.Infrastructure.Auth;

public static class AuthServiceCollectionExtensions
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    public static IHostApplicationBuilder AddAuth(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var environment = builder.Environment;
        services.AddOptions<JwtOptions>()
            .Bind(builder.Configuration.GetSection(JwtOptions.Section))
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.SigningKey) && environment.IsDevelopment())
                {
                    options.SigningKey = DevelopmentSigningKey.LoadOrCreate(environment.ContentRootPath);
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<AccessTokenFactory>();
        services.AddOptions<PasswordHashingOptions>().Bind(builder.Configuration.GetSection(PasswordHashingOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PasswordHashingLimiter>();
        services.AddSingleton<PasswordHashingThreads>();
        services.Configure<PasswordHasherOptions>(options =>
        {
            options.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            options.IterationCount = PasswordHashing.Iterations;
        });

        services.AddScoped<BearerTokenEvents>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, ConfigureJwtBearer>();
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.User, policy => policy.RequireRole(Roles.Admin, Roles.Analyst))
            .AddPolicy(AuthPolicies.Admin, policy => policy.RequireRole(Roles.Admin));
        return builder;
    }

    private sealed class ConfigureJwtBearer(IOptions<JwtOptions> jwtOptions, TimeProvider time) : IConfigureNamedOptions<JwtBearerOptions>
    {
        public void Configure(string? name, JwtBearerOptions options) => Configure(options);

        public void Configure(JwtBearerOptions options)
        {
            var jwt = jwtOptions.Value;
            options.MapInboundClaims = false;

            // WWW-Authenticate says only that the token was refused, never why.
            options.IncludeErrorDetails = false;
            options.EventsType = typeof(BearerTokenEvents);
            options.TimeProvider = time;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKey = new SymmetricSecurityKey(jwt.SigningKeyBytes),
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ValidTypes = ["at+jwt"],
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidateIssuerSigningKey = true,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ClockSkew = ClockSkew,
                NameClaimType = AuthClaims.Name,
                RoleClaimType = AuthClaims.Role,

                // Lifetime is checked against the app's TimeProvider, so tests can move the clock.
                LifetimeValidator = (notBefore, expires, _, _) =>
                {
                    var now = time.GetUtcNow().UtcDateTime;
                    return expires is not null && now < expires.Value.Add(ClockSkew)
                        && (notBefore is null || now >= notBefore.Value.Subtract(ClockSkew));
                },
            };
        }
    }
}
