using Ektu.Qa.Identity;
using Ektu.Qa.Improvement;
using Ektu.Qa.InformationManagement.Audits;
using Ektu.Qa.InformationManagement.Collegial;
using Ektu.Qa.InformationManagement.Indicators;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.InformationManagement.Surveys;
using Ektu.Qa.InformationManagement.Swot;
using Ektu.Qa.InformationManagement.Systems;
using Ektu.Qa.InformationManagement.Web;
using Ektu.Qa.Kernel;
using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.InformationManagement;

/// <summary>
/// Standard 7, information management: surveys of students, staff, employers and graduates with anonymity and a
/// minimum group size on every output (<c>Surveys/</c>);
/// the internal audit plan with independent auditors, findings and CAPA items (<c>Audits/</c>); the information systems registry
/// with restore verification and safety checks (<c>Systems/</c>); monitored indicators fed by file imports and the portal's
/// push API, charted by Grafana (<c>Indicators/</c>); SWOT analyses (<c>Swot/</c>); collegial analyses whose plan items
/// become CAPA items (<c>Collegial/</c>). Identity (units, scope, users, membership for auditor independence), Reporting (the
/// survey register, the audit plan and findings register) and Improvement (CAPA items) are reached through their Contracts.
/// </summary>
[DependsOn(typeof(KernelModule), typeof(IdentityContractsModule), typeof(ReportingContractsModule),
    typeof(ImprovementContractsModule))]
public sealed class InformationManagementModule : IQaModule
{
    public string Name => InformationManagementContractsModule.ModuleName;

    public string TablePrefix => "im_";

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IPermissionDefinitionProvider, InformationManagementPermissionDefinitionProvider>();
        services.AddSingleton<IMenuContributor, InformationManagementMenuContributor>();
        services.AddSurveys();
        services.AddAudits();
        services.AddInfoSystems();
        services.AddIndicators();
        services.AddSwot();
        services.AddCollegial();
    }
}
