using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Related;
using Ektu.Qa.Workflow;
using Ektu.Qa.Workflow.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Plans;

/// <summary>The work plans feature's registrations, with the handlers of the <c>qc-work-plan-approval</c> process.</summary>
internal static class PlansRegistration
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddScoped<PlanRepository>();
        services.AddScoped<IProgrammeCheckSource, CommissionProgrammeChecks>();
        services.AddScoped<IDataSeedContributor, MonitoringEventLinker>();
        services.AddScoped<PlanAppService>();
        services.AddScoped<IPlanAppService>(sp => sp.GetRequiredService<PlanAppService>());
        services.AddScoped<IWorkflowServiceHandler, ApproveWorkPlanHandler>();
        services.AddScoped<IWorkflowServiceHandler, ReturnWorkPlanHandler>();
        services.AddScoped<IWorkflowServiceHandler, RejectWorkPlanHandler>();
        services.AddSingleton(new WorkflowProcessOwner(PlanAppService.ProcessKey, QaCommissionContractsModule.ModuleName));
        services.AddScoped<IWorkflowRecordProvider, WorkPlanApprovalRecord>();
        services.AddSingleton<IEndpointContributor, PlansApi>();
        return services;
    }
}
