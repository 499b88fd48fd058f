using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>Everything the data collection feature adds to the host.</summary>
internal static class IndicatorsRegistration
{
    public static IServiceCollection AddIndicators(this IServiceCollection services)
    {
        services.AddScoped<IndicatorRepository>();
        services.AddScoped<IIndicatorAppService, IndicatorAppService>();
        services.AddScoped<IDataSeedContributor, IndicatorDemoSeeder>();
        services.AddScoped<IDashboardContributor, IndicatorsDashboardContributor>();
        services.AddSingleton<IEndpointContributor, IndicatorsApi>();
        return services;
    }
}
