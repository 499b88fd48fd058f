using Ektu.Qa.ExternalAccreditation;
using Ektu.Qa.Identity;
using Ektu.Qa.Improvement;
using Ektu.Qa.Kernel;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Data;
using Ektu.Qa.QaCommission.Documents;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.QaCommission.Register;
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
/// decisions, observations and recommendations; CAPA and appeals in the semi-annual report); the host adds all three before
/// this module, and Improvement's tables must exist before this module's migration hands the old rows over to them.
/// </summary>
[DependsOn(
    typeof(KernelModule),
    typeof(ExternalAccreditationContractsModule),
    typeof(IdentityContractsModule),
    typeof(ImprovementContractsModule),
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
        services.AddSingleton<IEndpointContributor, QaCommissionApi>();
        services.AddSingleton(new SettingDefinition(QaCommissionSettings.TermWarningDays, "60", SettingKind.Integer, 1, 365));
        services.AddSingleton(new SettingDefinition(QaCommissionSettings.LadderRepeatedAt, "2", SettingKind.Integer, 2, 20));
        services.AddSingleton(new SettingDefinition(QaCommissionSettings.LadderSystematicAt, "3", SettingKind.Integer, 2, 50));

        services.AddScoped<FileStore>();
        services.AddSingleton<UploadReader>();
        services.AddScoped<QaCommissionCalendar>();
        services.AddScoped<CommissionRepository>();
        services.AddScoped<MeetingRepository>();
        services.AddScoped<PlanRepository>();
        services.AddScoped<RegisterRepository>();
        services.AddScoped<CommissionAccess>();
        services.AddScoped<Notifier>();
        services.AddScoped<MemberEligibility>();
        services.AddScoped<MinutesWriter>();
        services.AddScoped<FollowUpRunner>();
        services.AddScoped<IDataSeedContributor, QaCommissionDemoSeeder>();
        services.AddQaJob<QuarterlyStatusRequestJob>(QuarterlyStatusRequestJob.Key, QuarterlyStatusRequestJob.Cron);
        services.AddQaJob<OverdueDecisionScanJob>(OverdueDecisionScanJob.Key, OverdueDecisionScanJob.Cron);

        services.AddScoped<ICommissionAppService, CommissionAppService>();
        services.AddScoped<PlanAppService>();
        services.AddScoped<IPlanAppService>(sp => sp.GetRequiredService<PlanAppService>());
        services.AddScoped<Workflow.IWorkflowServiceHandler, ApproveWorkPlanHandler>();
        services.AddScoped<Workflow.IWorkflowServiceHandler, ReturnWorkPlanHandler>();
        services.AddScoped<Workflow.IWorkflowServiceHandler, RejectWorkPlanHandler>();
        services.AddSingleton(new Workflow.WorkflowProcessOwner(PlanAppService.ProcessKey, Name));
        services.AddScoped<Workflow.Records.IWorkflowRecordProvider, WorkPlanApprovalRecord>();
        services.AddScoped<IMeetingAppService, MeetingAppService>();
        services.AddScoped<IDecisionRegisterAppService, DecisionRegisterAppService>();

        // Peer review of teaching; this module's records as sources of CAPA items (expert recommendations live in ExternalAccreditation).
        services.AddScoped<Improvement.Capa.ICapaSourceRecords, CapaSourceRecords>();
        services.AddSingleton(new SettingDefinition(PeerReview.PeerReviewSettings.LowScorePercent, "60", SettingKind.Integer, 1, 100));
        services.AddScoped<PeerReview.PeerReviewRepository>();
        services.AddScoped<PeerReview.IPeerReviewAppService, PeerReview.PeerReviewAppService>();
        services.AddSingleton<IEndpointContributor, PeerReview.PeerReviewApi>();

        // The semi-annual analytical report, the register report.
        services.AddScoped<Reports.SemiAnnualCollector>();
        services.AddScoped<Reports.SemiAnnualWriter>();
        services.AddScoped<Reports.QaCommissionReportRepository>();
        services.AddScoped<Reports.SemiAnnualReportAppService>();
        services.AddScoped<Reports.ISemiAnnualReportAppService>(sp => sp.GetRequiredService<Reports.SemiAnnualReportAppService>());
        services.AddSingleton<Reporting.Definitions.IReportDefinitionProvider, Reports.QaCommissionReportProvider>();
        services.AddSingleton<IEndpointContributor, Reports.ReportsApi>();

        // The commission's documents per academic year (004 §7.7).
        services.AddScoped<Documents.DocumentArchiveRepository>();
        services.AddScoped<Documents.IDocumentArchiveAppService, Documents.DocumentArchiveAppService>();
        services.AddSingleton<IEndpointContributor, Documents.DocumentsApi>();
    }
}
