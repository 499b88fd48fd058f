using Ektu.Qa.Identity;
using Ektu.Qa.Kernel;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.ProgrammeMonitoring.Approval;
using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Data;
using Ektu.Qa.ProgrammeMonitoring.Electives;
using Ektu.Qa.ProgrammeMonitoring.Passport;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
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
/// exclusion as owned processes, <c>Approval/</c>) are reached through their Contracts only.
/// </summary>
[DependsOn(typeof(KernelModule), typeof(IdentityContractsModule), typeof(ReportingContractsModule), typeof(WorkflowContractsModule))]
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
        services.AddElectives();
        services.AddPassport();
    }
}
