using AnalisaAI.Api.Features.Auth.Login;
using AnalisaAI.Api.Infrastructure.Auth;
using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace AnalisaAI.Api.Features.Auth;

public static class AuthFeature
{
    public static IHostApplicationBuilder AddAuthFeature(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LockoutOptions>().Bind(builder.Configuration.GetSection(LockoutOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var environment = builder.Environment;
        builder.Services.AddOptions<RegistrationOptions>().Bind(builder.Configuration.GetSection(RegistrationOptions.Section))
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.Registration))
                {
                    options.Registration = RegistrationOptions.DefaultFor(environment);
                }
            })
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<BootstrapAdminOptions>().Bind(builder.Configuration.GetSection(BootstrapAdminOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ISessionRevocations, CachedSessionRevocations>();
        builder.Services.AddScoped<TokenPairIssuer>();
        builder.Services.AddScoped<SessionTerminator>();
        builder.Services.AddScoped<LoginAttempts>();
        builder.Services.AddSingleton<LoginTimingGuard>();
        builder.Services.AddScoped<IDatabaseSeeder, BootstrapAdminSeeder>();
        return builder;
    }
}
