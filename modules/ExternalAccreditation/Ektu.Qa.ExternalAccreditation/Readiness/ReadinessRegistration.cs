using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>The readiness feature's registrations (recommendations, the evidence library).</summary>
internal static class ReadinessRegistration
{
    public static IServiceCollection AddReadiness(this IServiceCollection services)
    {
        services.AddSingleton(new SettingDefinition(ReadinessSettings.EvidenceFreshMonths, "12", SettingKind.Integer, 1, 120));
        services.AddScoped<ReadinessRepository>();
        services.AddScoped<IReadinessAppService, ReadinessAppService>();
        services.AddScoped<IReadinessIntegrationService, ReadinessIntegrationService>();
        services.AddSingleton<IEndpointContributor, ReadinessApi>();
        return services;
    }
}
