using Ektu.Qa.Identity;
using Ektu.Qa.Kernel;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Approval;
using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Data;
using Ektu.Qa.ProgrammeMonitoring.Effectiveness;
using Ektu.Qa.Improvement;
using Ektu.Qa.ProgrammeMonitoring.Electives;
using Ektu.Qa.ProgrammeMonitoring.Passport;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Procedures;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.ProgrammeMonitoring.Related;
using Ektu.Qa.ProgrammeMonitoring.Reviews;
using Ektu.Qa.ProgrammeMonitoring.Web;
using Ektu.Qa.Reporting;
using Ektu.Qa.Workflow;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring;

/// <summary>
/// Standards 2, 3 and 9: the register of educational programmes with their versions, differences and proposals
/// (<c>Programmes/</c>), and each version's courses and curriculum map (<c>Curriculum/</c>). Identity (schools,
/// departments, scope), Reporting (the register report) and Workflow (approval and the national register's inclusion and
/// exclusion as owned processes, <c>Approval/</c>) are reached through their Contracts only. Standard 9: review triggers,
/// cycles and reviews (<c>Reviews/</c>), the eleven improvement procedures with their runs, whose actions become CAPA items
/// through Improvement's Contracts (<c>Procedures/</c>), and the annual effectiveness assessment (<c>Effectiveness/</c>).
/// </summary>
[DependsOn(typeof(KernelModule), typeof(IdentityContractsModule), typeof(ReportingContractsModule), typeof(WorkflowContractsModule),
    typeof(ImprovementContractsModule))]
public sealed class ProgrammeMonitoringModule : IQaModule
{
    public string Name => ProgrammeMonitoringConsts.ModuleName;

    public string TablePrefix => "pm_";

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IPermissionDefinitionProvider, ProgrammeMonitoringPermissionDefinitionProvider>();
        services.AddSingleton<IMenuContributor, ProgrammeMonitoringMenuContributor>();
        services.AddScoped<IDataSeedContributor, ProgrammeDemoSeeder>();
        services.AddProgrammes();
        services.AddCurriculum();
        services.AddApproval();
        services.AddEffectiveness();
        services.AddReviews();
        services.AddProcedures();
        services.AddScoped<IDashboardContributor, MonitoringDashboardContributor>();
        services.AddElectives();
        services.AddPassport();
        services.AddRelated();
    }
}
