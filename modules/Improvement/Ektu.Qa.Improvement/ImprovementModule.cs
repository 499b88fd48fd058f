using Ektu.Qa.Identity;
using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Improvement.Overdue;
using Ektu.Qa.Improvement.Permissions;
using Ektu.Qa.Improvement.Web;
using Ektu.Qa.Kernel;
using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy;
using Ektu.Qa.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Improvement;

/// <summary>
/// The university-wide improvement loop: CAPA items (raised by any module through <see cref="ICapaIntegrationService"/>,
/// effectiveness checks, the plans of every unit and the university's) and appeals (өтініш, routed department → school →
/// university). Identity and QualityPolicy are reached through their Contracts (units, role holders; the working-day
/// calendar).
/// </summary>
[DependsOn(typeof(KernelModule), typeof(IdentityContractsModule), typeof(QualityPolicyContractsModule), typeof(ReportingContractsModule))]
public sealed class ImprovementModule : IQaModule
{
    public string Name => ImprovementContractsModule.ModuleName;

    public string TablePrefix => "imp_";

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IPermissionDefinitionProvider, ImprovementPermissionDefinitionProvider>();
        services.AddSingleton<IMenuContributor, ImprovementMenuContributor>();
        services.AddScoped<IDashboardContributor, ImprovementDashboardContributor>();
        services.AddScoped<IDashboardContributor, MyAppealsDashboardContributor>();
        services.AddScoped<ImprovementTrends>();
        services.AddScoped<ImprovementCalendar>();
        services.AddCapa();
        services.AddAppeals();
        services.AddOverdueScan();
    }
}
