using Ektu.Qa.Identity;
using Ektu.Qa.Kernel;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Acknowledgements;
using Ektu.Qa.QualityPolicy.Calendar;
using Ektu.Qa.QualityPolicy.Data;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.QualityPolicy.Holidays;
using Ektu.Qa.QualityPolicy.Kpis;
using Ektu.Qa.QualityPolicy.Permissions;
using Ektu.Qa.QualityPolicy.Standards;
using Ektu.Qa.QualityPolicy.Web;
using Ektu.Qa.Reporting;
using Ektu.Qa.Workflow;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QualityPolicy;

/// <summary>
/// Standard 1: policy documents and their life cycle, acknowledgements, the standards catalogue, KPIs, the
/// working-day calendar. Depends on the Kernel only: Identity is reached through its Contracts
/// (<c>IIdentityIntegrationService</c>, <c>IOrganizationScope</c>); the host adds Identity before this module.
/// </summary>
[DependsOn(
    typeof(KernelModule),
    typeof(IdentityContractsModule),
    typeof(WorkflowContractsModule),
    typeof(ReportingContractsModule))]
public sealed class QualityPolicyModule : IQaModule
{
    public string Name => QualityPolicyContractsModule.ModuleName;

    public string TablePrefix => "qp_";

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IPermissionDefinitionProvider, QualityPolicyPermissionDefinitionProvider>();
        services.AddSingleton<IMenuContributor, QualityPolicyMenuContributor>();
        services.AddScoped<IDashboardContributor, QualityPolicyDashboardContributor>();
        services.AddScoped<PolicyTrends>();

        services.AddScoped<FileStore>();
        services.AddScoped<LocalCalendar>();
        services.AddScoped<PolicyDocumentRepository>();
        services.AddScoped<AcknowledgementRepository>();
        services.AddScoped<HolidayRepository>();
        services.AddScoped<StandardRepository>();
        services.AddScoped<KpiRepository>();
        services.AddScoped<AcknowledgementPlanner>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<IDataSeedContributor, QualityPolicyDataSeeder>();
        services.AddSingleton<IEndpointContributor, DocumentsApi>();
        services.AddSingleton<IEndpointContributor, AcknowledgementsApi>();
        services.AddSingleton<IEndpointContributor, StandardsApi>();
        services.AddSingleton<IEndpointContributor, KpisApi>();
        services.AddSingleton<IEndpointContributor, HolidaysApi>();
        
        services.AddScoped<PolicyDocumentAppService>();
        services.AddScoped<IPolicyDocumentAppService>(sp => sp.GetRequiredService<PolicyDocumentAppService>());
        services.AddScoped<Workflow.IWorkflowServiceHandler, ApproveDocumentHandler>();
        services.AddSingleton(new Workflow.WorkflowProcessOwner(ApproveDocumentHandler.ProcessKey, Name));
        services.AddScoped<Workflow.Records.IWorkflowRecordProvider, DocumentApprovalRecord>();
        services.AddScoped<IAcknowledgementAppService, AcknowledgementAppService>();
        services.AddScoped<IStandardAppService, StandardAppService>();
        services.AddScoped<IHolidayAppService, HolidayAppService>();
        services.AddScoped<Calendar.IWorkingCalendar, WorkingCalendar>();
        services.AddScoped<IKpiAppService, KpiAppService>();
        services.AddSingleton<Reporting.Definitions.IReportDefinitionProvider, Acknowledgements.AcknowledgementSheetReport>();
        services.AddSingleton<Reporting.Definitions.IReportDefinitionProvider, Kpis.KpiReport>();
    }
}
