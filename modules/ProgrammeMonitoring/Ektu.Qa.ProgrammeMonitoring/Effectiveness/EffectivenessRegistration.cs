using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

/// <summary>Everything the annual effectiveness assessment adds to the host.</summary>
internal static class EffectivenessRegistration
{
    public static IServiceCollection AddEffectiveness(this IServiceCollection services)
    {
        services.AddScoped<EffectivenessRepository>();
        services.AddScoped<IEffectivenessAppService, EffectivenessAppService>();
        services.AddSingleton<IEndpointContributor, EffectivenessApi>();
        services.AddScoped<IDataSeedContributor, EffectivenessDemoSeeder>();
        return services;
    }
}
