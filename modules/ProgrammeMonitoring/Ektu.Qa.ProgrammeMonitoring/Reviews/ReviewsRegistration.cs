using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>Everything review triggers, review cycles and periodic reviews add to the host.</summary>
internal static class ReviewsRegistration
{
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddScoped<MonitoredProgrammes>();
        services.AddScoped<ReviewRepository>();
        services.AddScoped<IStakeholderSatisfactionSource, NoStakeholderSatisfactionSource>();
        services.AddScoped<IProgrammeReviewAppService, ProgrammeReviewAppService>();
        services.AddScoped<IProgrammeReviewIntegrationService, ProgrammeReviewIntegrationService>();
        services.AddSingleton<IEndpointContributor, ReviewsApi>();
        services.AddSingleton<Reporting.Definitions.IReportDefinitionProvider, MonitoringReports>();
        services.AddScoped<IDataSeedContributor, ReviewDemoSeeder>();
        return services;
    }
}
