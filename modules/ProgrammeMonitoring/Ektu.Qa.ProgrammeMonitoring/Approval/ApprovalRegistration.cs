using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Workflow;
using Ektu.Qa.Workflow.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>Everything programme approval adds to the host: the two owned processes, their handlers and record card.</summary>
internal static class ApprovalRegistration
{
    public static IServiceCollection AddApproval(this IServiceCollection services)
    {
        services.AddScoped<ApprovalRepository>();
        services.AddScoped<ProgrammeApprovalAppService>();
        services.AddScoped<IProgrammeApprovalAppService>(sp => sp.GetRequiredService<ProgrammeApprovalAppService>());
        services.AddScoped<IWorkflowServiceHandler, ApproveProgrammeHandler>();
        services.AddScoped<IWorkflowServiceHandler, ReturnProgrammeHandler>();
        services.AddScoped<IWorkflowServiceHandler, RejectProgrammeHandler>();
        services.AddScoped<IWorkflowServiceHandler, RecordRegisterEventHandler>();
        services.AddScoped<IWorkflowServiceHandler, RegisterRefusedHandler>();
        services.AddSingleton(new WorkflowProcessOwner(ApprovalProcesses.Approval, ProgrammeMonitoringConsts.ModuleName));
        services.AddSingleton(new WorkflowProcessOwner(ApprovalProcesses.RegisterChange, ProgrammeMonitoringConsts.ModuleName));
        services.AddScoped<IWorkflowRecordProvider, ProgrammeApprovalRecord>();
        services.AddSingleton(new SettingDefinition(ApprovalProcesses.FinalBodySetting, "", SettingKind.Choice)
        {
            Choices = ["", "Board", "ScientificCouncil"],
        });
        services.AddSingleton<IEndpointContributor, ApprovalApi>();
        return services;
    }
}
