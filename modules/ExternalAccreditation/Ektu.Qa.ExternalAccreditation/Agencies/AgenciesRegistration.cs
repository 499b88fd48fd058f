using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Agencies;

/// <summary>The agencies feature's registrations.</summary>
internal static class AgenciesRegistration
{
    public static IServiceCollection AddAgencies(this IServiceCollection services)
    {
        services.AddScoped<AgencyRepository>();
        services.AddScoped<IAgencyAppService, AgencyAppService>();
        services.AddScoped<IDataSeedContributor, AgencySeeder>();
        services.AddSingleton<IEndpointContributor, AgenciesApi>();
        return services;
    }
}
