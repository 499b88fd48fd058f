using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.InformationManagement.Swot;

/// <summary>Everything the SWOT feature adds to the host.</summary>
internal static class SwotRegistration
{
    public static IServiceCollection AddSwot(this IServiceCollection services)
    {
        services.AddScoped<SwotRepository>();
        services.AddScoped<ISwotAppService, SwotAppService>();
        services.AddScoped<IDataSeedContributor, SwotDemoSeeder>();
        services.AddSingleton<IEndpointContributor, SwotApi>();
        return services;
    }
}
