using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>Everything the internal audits feature adds to the host.</summary>
internal static class AuditsRegistration
{
    public static IServiceCollection AddAudits(this IServiceCollection services)
    {
        services.AddScoped<AuditRepository>();
        services.AddScoped<AuditReportWriter>();
        services.AddScoped<IAuditAppService, AuditAppService>();
        services.AddScoped<Improvement.Capa.ICapaSourceRecords, AuditCapaSourceRecords>();
        services.AddScoped<IDataSeedContributor, AuditDemoSeeder>();
        services.AddScoped<IDashboardContributor, AuditsDashboardContributor>();
        services.AddSingleton<IEndpointContributor, AuditsApi>();
        services.AddSingleton<Reporting.Definitions.IReportDefinitionProvider, AuditReports>();
        return services;
    }
}
