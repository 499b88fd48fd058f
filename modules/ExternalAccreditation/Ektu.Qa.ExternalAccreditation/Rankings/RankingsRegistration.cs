using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>The rankings feature's registrations.</summary>
internal static class RankingsRegistration
{
    public static IServiceCollection AddRankings(this IServiceCollection services)
    {
        services.AddScoped<RankingRepository>();
        services.AddScoped<IRankingAppService, RankingAppService>();
        services.AddScoped<IDataSeedContributor, RankingSystemSeeder>();
        services.AddScoped<IDataSeedContributor, RankingDemoSeeder>();
        services.AddSingleton<IEndpointContributor, RankingsApi>();
        services.AddScoped<IDashboardContributor, RankingsDashboardContributor>();
        return services;
    }
}
