using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>Everything the collegial analysis feature adds to the host.</summary>
internal static class CollegialRegistration
{
    public static IServiceCollection AddCollegial(this IServiceCollection services)
    {
        services.AddScoped<CollegialRepository>();
        services.AddScoped<ICollegialAppService, CollegialAppService>();
        services.AddScoped<Improvement.Capa.ICapaSourceRecords, CollegialCapaSourceRecords>();
        services.AddScoped<IDataSeedContributor, CollegialDemoSeeder>();
        services.AddSingleton<IEndpointContributor, CollegialApi>();
        return services;
    }
}
