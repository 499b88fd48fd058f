using Ektu.Qa.Identity;
using Ektu.Qa.Kernel;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Workflow.Data;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Instances;
using Ektu.Qa.Workflow.Permissions;
using Ektu.Qa.Workflow.Records;
using Ektu.Qa.Workflow.Runtime;
using Ektu.Qa.Workflow.Tasks;
using Ektu.Qa.Workflow.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Workflow;

/// <summary>
/// The BPMN engine's home: versioned definitions edited in the browser, persisted instances whose steps run in the
/// caller's transaction, user tasks and the inbox, timers on the host's Quartz scheduler. Business modules use it
/// through <see cref="IWorkflowIntegrationService"/> and register <see cref="IWorkflowServiceHandler"/>s; Workflow
/// never references them.
/// </summary>
[DependsOn(typeof(KernelModule), typeof(IdentityContractsModule))]
public sealed class WorkflowModule : IQaModule
{
    public string Name => WorkflowContractsModule.ModuleName;

    public string TablePrefix => "wf_";

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IPermissionDefinitionProvider, WorkflowPermissionDefinitionProvider>();
        services.AddSingleton<IMenuContributor, WorkflowMenuContributor>();
        services.AddScoped<IMenuBadge, InboxBadge>();
        services.AddSingleton<IEndpointContributor, WorkflowApi>();

        services.AddScoped<DefinitionRepository>();
        services.AddScoped<InstanceRepository>();
        services.AddScoped<TaskRepository>();
        services.AddScoped<WaitRepository>();
        services.AddScoped<HistoryRepository>();
        services.AddSingleton<ModelCache>();
        services.AddSingleton<ProcessNameCache>();
        services.AddHostedService<ExpressionWarmUp>();
        services.AddScoped<TaskAssigner>();
        services.AddScoped<WorkflowTimers>();
        services.AddScoped<WorkflowNotifier>();
        services.AddScoped<WorkflowRuntime>();
        services.AddScoped<WorkflowRecords>();
        services.AddScoped<BpmnValidator>();

        services.AddScoped<ProcessDefinitionAppService>();
        services.AddScoped<IProcessDefinitionAppService>(sp => sp.GetRequiredService<ProcessDefinitionAppService>());
        services.AddScoped<IProcessInstanceAppService, ProcessInstanceAppService>();
        services.AddScoped<ITaskAppService, TaskAppService>();
        services.AddScoped<IWorkflowIntegrationService, WorkflowIntegrationService>();
        services.AddScoped<IWorkflowServiceHandler, RemindHandler>();
        services.AddScoped<IWorkflowServiceHandler, EscalateHandler>();
        services.AddScoped<IDataSeedContributor, DefaultProcessSeeder>();

        // A timer cut off by its node's death fires again on another node (firing is idempotent), not only at the sweep.
        services.AddQaJob<WorkflowTimerJob>(WorkflowTimers.JobKey, recover: true);
        services.AddQaJob<WorkflowTimerSweepJob>("workflow.timer-sweep", WorkflowTimerSweepJob.Cron);
    }
}
