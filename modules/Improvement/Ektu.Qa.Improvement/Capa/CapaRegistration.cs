using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Improvement.Capa;

/// <summary>The CAPA feature's registrations.</summary>
internal static class CapaRegistration
{
    public static IServiceCollection AddCapa(this IServiceCollection services)
    {
        services.AddSingleton(new SettingDefinition(CapaSettings.EffectivenessCheckDays, "90", SettingKind.Integer, 1, 730));
        services.AddScoped<CapaRepository>();
        services.AddScoped<CapaSourceCatalog>();
        services.AddScoped<ICapaSourceRecords, ImprovementCapaSources>();
        services.AddScoped<CapaAppService>();
        services.AddScoped<ICapaAppService>(sp => sp.GetRequiredService<CapaAppService>());
        services.AddScoped<ICapaIntegrationService, CapaIntegrationService>();
        services.AddSingleton<IEndpointContributor, CapaApi>();
        services.AddSingleton<Reporting.Definitions.IReportDefinitionProvider, CapaPlanReport>();
        return services;
    }
}
