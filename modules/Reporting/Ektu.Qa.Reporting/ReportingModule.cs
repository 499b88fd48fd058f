using Ektu.Qa.Identity;
using Ektu.Qa.Kernel;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Permissions;
using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.Reporting.Schedules;
using Ektu.Qa.Reporting.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Reporting;

/// <summary>
/// Report definitions contributed by modules (<see cref="IReportDefinitionProvider"/>), runs on demand and on schedules
/// (the host's Quartz scheduler), the archive on disk with retention, delivery by e-mail and notification.
/// </summary>
[DependsOn(typeof(KernelModule), typeof(IdentityContractsModule))]
public sealed class ReportingModule : IQaModule
{
    public string Name => ReportingContractsModule.ModuleName;

    public string TablePrefix => "rp_";

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ReportingOptions>(builder.Configuration.GetSection(ReportingOptions.Section));
        services.AddSingleton<IPermissionDefinitionProvider, ReportingPermissionDefinitionProvider>();
        services.AddSingleton<IEndpointContributor, RunsApi>();
        services.AddSingleton<IEndpointContributor, SchedulesApi>();
        services.AddSingleton<IReportDefinitionProvider, AuditLogReportProvider>();
        services.AddSingleton<IMenuContributor, ReportingMenuContributor>();
        services.AddScoped<ReportingView>();

        services.AddSingleton<ReportCatalogue>();
        services.AddScoped<ReportArchive>();
        services.AddFileStoreArea(ReportArchive.Area);
        services.AddSingleton<ReportRunner>();
        services.AddScoped<ReportMaintenance>();
        services.AddScoped<ScheduledRunStarter>();
        services.AddScoped<ReportRecipients>();
        services.AddScoped<IReportAppService, ReportAppService>();
        services.AddScoped<IReportScheduleAppService, ReportScheduleAppService>();

        services.AddQaJob<RunReportJob>(RunReportJob.Key);
        services.AddQaJob<ScheduledReportJob>(ScheduledReportJob.Key);
        services.AddQaJob<ReportMaintenanceJob>(ReportMaintenanceJob.Key, "30 * * * * ?");
    }
}
