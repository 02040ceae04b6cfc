using FluentValidation;

namespace AnalisaAI.Api.Infrastructure.Mediator;

public static class MediatorServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddMediatorPipeline(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMediator((global::Mediator.MediatorOptions options) =>
        {
            options.Namespace = "AnalisaAI.Api.Infrastructure.Mediator.Generated";
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(PasswordHashingLimitBehavior<,>)];
        });
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);
        ValidatorOptions.Global.LanguageManager.Enabled = false;
        return builder;
    }
}
