using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Reporting.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary>The reports feature's registrations: the semi-annual analytical report and the register report.</summary>
internal static class ReportsRegistration
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<SemiAnnualCollector>();
        services.AddScoped<SemiAnnualWriter>();
        services.AddScoped<QaCommissionReportRepository>();
        services.AddScoped<SemiAnnualReportAppService>();
        services.AddScoped<ISemiAnnualReportAppService>(sp => sp.GetRequiredService<SemiAnnualReportAppService>());
        services.AddSingleton<IReportDefinitionProvider, QaCommissionReportProvider>();
        services.AddSingleton<IEndpointContributor, ReportsApi>();
        return services;
    }
}
