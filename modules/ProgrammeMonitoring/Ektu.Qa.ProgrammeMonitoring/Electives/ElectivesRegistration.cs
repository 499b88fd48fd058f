using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>Everything the elective catalogue adds to the host.</summary>
internal static class ElectivesRegistration
{
    public static IServiceCollection AddElectives(this IServiceCollection services)
    {
        services.AddScoped<ElectiveRepository>();
        services.AddScoped<ElectiveExport>();
        services.AddScoped<IElectiveCatalogueAppService, ElectiveCatalogueAppService>();
        services.AddScoped<IDataSeedContributor, ElectiveDemoSeeder>();
        services.AddSingleton<IEndpointContributor, ElectivesApi>();
        return services;
    }
}
