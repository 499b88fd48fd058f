using Ektu.Qa.ExternalAccreditation;
using Ektu.Qa.Identity;
using Ektu.Qa.Improvement;
using Ektu.Qa.Kernel;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Data;
using Ektu.Qa.QaCommission.Documents;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.PeerReview;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.QaCommission.Register;
using Ektu.Qa.QaCommission.Reports;
using Ektu.Qa.QaCommission.Web;
using Ektu.Qa.QualityPolicy;
using Ektu.Qa.Reporting;
using Ektu.Qa.Workflow;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission;

/// <summary>
/// The school Quality Assurance Commission (regulation 004): composition, plans, meetings with attendance, quorum and
/// votes, minutes, the decisions register and its follow-up. Identity and QualityPolicy are reached through their
/// Contracts (units and role holders; the working-day calendar), ExternalAccreditation through its Contracts
/// (accreditation readiness: recommendations and evidence, read for the readiness view, the semi-annual report and the
/// archive), Improvement through its Contracts (CAPA raised from
/// decisions, observations and recommendations; CAPA and appeals in the semi-annual report), ProgrammeMonitoring through
/// its Contracts (the programmes monitoring events check, and their checks for the programme page); the host adds them before
/// this module, and Improvement's tables must exist before this module's migration hands the old rows over to them.
/// </summary>
[DependsOn(
    typeof(KernelModule),
    typeof(ExternalAccreditationContractsModule),
    typeof(IdentityContractsModule),
    typeof(ImprovementContractsModule),
    typeof(ProgrammeMonitoringContractsModule),
    typeof(QualityPolicyContractsModule),
    typeof(WorkflowContractsModule),
    typeof(ReportingContractsModule))]
public sealed class QaCommissionModule : IQaModule
{
    public string Name => QaCommissionContractsModule.ModuleName;

    public string TablePrefix => "qc_";

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IPermissionDefinitionProvider, QaCommissionPermissionDefinitionProvider>();
        services.AddSingleton<IMenuContributor, QaCommissionMenuContributor>();
        services.AddScoped<IDashboardContributor, MyWorkDashboardContributor>();
        services.AddScoped<IDashboardContributor, QaCommissionDashboardContributor>();
        services.AddScoped<CommissionTrends>();
        services.AddScoped<IDataSeedContributor, QaCommissionDemoSeeder>();
        services.AddCommissions();
        services.AddPlans();
        services.AddMeetings();
        services.AddDecisionRegister();
        services.AddDocuments();
        services.AddPeerReview();
        services.AddReports();
    }
}
