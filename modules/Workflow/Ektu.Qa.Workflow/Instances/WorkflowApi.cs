using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Permissions;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Workflow.Instances;

/// <summary>REST API under <c>/api/workflow</c>: the same app services the pages use.</summary>
internal sealed class WorkflowApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/workflow", "Workflow");

        var defs = api.MapGroup("/definitions");
        defs.MapGet("/", (IProcessDefinitionAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("Workflow_ListDefinitions").WithSummary("Lists process definitions").WithPermission(WorkflowPermissions.Definitions.Default);
        defs.MapGet("/{id:guid}", (Guid id, IProcessDefinitionAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("Workflow_GetDefinition").WithSummary("Gets one process definition").WithPermission(WorkflowPermissions.Definitions.Default);
        defs.MapGet("/{id:guid}/versions", (Guid id, IProcessDefinitionAppService s, CancellationToken ct) => s.GetVersionsAsync(id, ct))
            .WithName("Workflow_ListDefinitionVersions").WithSummary("Lists a definition's published versions");
        defs.MapGet("/{id:guid}/xml", async (Guid id, int? number, IProcessDefinitionAppService s, HttpResponse response, CancellationToken ct) =>
        {
            var (content, fileName) = await ModelXmlFile.ReadAsync(s, id, number, ct);
            ModelXmlFile.Protect(response);
            return Results.File(content, ModelXmlFile.ContentType, fileName);
        }).Produces<string>(contentType: ModelXmlFile.ContentType).WithName("Workflow_GetDefinitionXml").WithSummary("Gets a definition's BPMN XML");
        defs.MapPost("/import", async (HttpRequest request, IProcessDefinitionAppService s, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            return await s.ImportAsync(buffer.ToArray(), ct);
        }).Accepts<string>("application/xml").WithName("Workflow_ImportDefinition").WithSummary("Imports a BPMN file as a new definition")
            .WithPermission(WorkflowPermissions.Definitions.Manage);
        defs.MapPut("/{id:guid}/draft", (Guid id, SaveDraftInput input, IProcessDefinitionAppService s, CancellationToken ct) =>
            s.SaveDraftAsync(id, input, ct))
            .WithName("Workflow_SaveDraft").WithSummary("Saves a definition's draft BPMN").WithPermission(WorkflowPermissions.Definitions.Manage);
        defs.MapPost("/{id:guid}/publish", (Guid id, int version, IProcessDefinitionAppService s, CancellationToken ct) =>
            s.PublishAsync(id, version, ct))
            .WithName("Workflow_PublishDefinition").WithSummary("Publishes a definition's draft as a new version")
            .WithPermission(WorkflowPermissions.Definitions.Manage);

        var instances = api.MapGroup("/instances");
        // Every query value is optional: no paging parameters means the first page of 25, as the tasks list does.
        instances.MapGet("/",
            (string? processKey, InstanceStatus? status, string? businessKey, int? page, int? pageSize, IProcessInstanceAppService s,
            CancellationToken ct) => s.GetListAsync(new InstanceListInput
            {
                ProcessKey = processKey, Status = status, BusinessKey = businessKey, Page = page ?? 1, PageSize = pageSize ?? 25,
            }, ct)).WithName("Workflow_ListInstances").WithSummary("Lists process instances, filtered and paged")
                .WithPermission(WorkflowPermissions.Instances.Default);
        instances.MapPost("/", (StartProcessInput input, IProcessInstanceAppService s, CancellationToken ct) => s.StartAsync(input, ct))
            .WithName("Workflow_StartInstance").WithSummary("Starts a process instance").WithPermission(WorkflowPermissions.Instances.Start);
        instances.MapGet("/{id:guid}", (Guid id, IProcessInstanceAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("Workflow_GetInstance").WithSummary("Gets one process instance").WithPermission(WorkflowPermissions.Instances.Default);
        instances.MapGet("/{id:guid}/history", (Guid id, IProcessInstanceAppService s, CancellationToken ct) => s.GetHistoryAsync(id, ct))
            .WithName("Workflow_GetInstanceHistory").WithSummary("Gets the steps a process instance has taken")
            .WithPermission(WorkflowPermissions.Instances.Default);
        instances.MapGet("/{id:guid}/tasks", (Guid id, ITaskAppService s, CancellationToken ct) => s.GetByInstanceAsync(id, ct))
            .WithName("Workflow_ListInstanceTasks").WithSummary("Lists the user tasks of a process instance")
            .WithPermission(WorkflowPermissions.Instances.Default);
        instances.MapPost("/{id:guid}/cancel", (Guid id, int version, IProcessInstanceAppService s, CancellationToken ct) =>
                s.CancelAsync(id, version, ct).NoContent()).WithName("Workflow_CancelInstance").WithSummary("Cancels a process instance");
        instances.MapPost("/{id:guid}/retry", (Guid id, int version, IProcessInstanceAppService s, CancellationToken ct) =>
                s.RetryAsync(id, version, ct).NoContent()).WithName("Workflow_RetryInstance").WithSummary("Retries a process instance's failed step");
        instances.MapPost("/{id:guid}/move", (Guid id, MoveTokenInput input, IProcessInstanceAppService s, CancellationToken ct) =>
                s.MoveTokenAsync(id, input, ct).NoContent())
            .WithName("Workflow_MoveToken").WithSummary("Moves a process instance's token to another element");

        var tasks = api.MapGroup("/tasks");
        tasks.MapGet("/", (TaskFilter? filter, int? page, int? pageSize, ITaskAppService s, CancellationToken ct) =>
            s.GetInboxAsync(filter ?? TaskFilter.Mine, page ?? 1, pageSize ?? 25, ct))
            .WithName("Workflow_ListInbox").WithSummary("Lists the caller's task inbox");
        tasks.MapGet("/counts", (ITaskAppService s, CancellationToken ct) => s.GetCountsAsync(ct))
            .WithName("Workflow_GetTaskCounts").WithSummary("Counts the caller's open tasks").WithPermission(WorkflowPermissions.Tasks.Default);
        tasks.MapGet("/{id:guid}", (Guid id, ITaskAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("Workflow_GetTask").WithSummary("Gets one user task");
        tasks.MapPost("/{id:guid}/claim", (Guid id, int version, ITaskAppService s, CancellationToken ct) => s.ClaimAsync(id, version, ct))
            .WithName("Workflow_ClaimTask").WithSummary("Claims a group task");
        tasks.MapPost("/{id:guid}/release", (Guid id, int version, ITaskAppService s, CancellationToken ct) => s.ReleaseAsync(id, version, ct))
            .WithName("Workflow_ReleaseTask").WithSummary("Releases a claimed task back to its group");
        tasks.MapPost("/{id:guid}/delegate", (Guid id, DelegateTaskInput input, ITaskAppService s, CancellationToken ct) =>
            s.DelegateAsync(id, input, ct))
            .WithName("Workflow_DelegateTask").WithSummary("Delegates a task to another user");
        tasks.MapPost("/{id:guid}/resolve", (Guid id, int version, string? comment, ITaskAppService s, CancellationToken ct) =>
            s.ResolveAsync(id, comment, version, ct))
            .WithName("Workflow_ResolveTask").WithSummary("Resolves a delegated task back to its owner");
        tasks.MapPost("/{id:guid}/complete", (Guid id, CompleteTaskInput input, ITaskAppService s, CancellationToken ct) =>
                s.CompleteAsync(id, input, ct).NoContent()).WithName("Workflow_CompleteTask").WithSummary("Completes a task with its form values");
    }
}
