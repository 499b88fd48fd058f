using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Instances;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Workflow.Web;

/// <summary>REST API under <c>/api/workflow</c>: the same app services the pages use.</summary>
internal sealed class WorkflowApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/workflow").WithTags("Workflow").RequireAuthorization();

        var defs = api.MapGroup("/definitions");
        defs.MapGet("/", (IProcessDefinitionAppService s, CancellationToken ct) => s.GetListAsync(ct));
        defs.MapGet("/{id:guid}", (Guid id, IProcessDefinitionAppService s, CancellationToken ct) => s.GetAsync(id, ct));
        defs.MapGet("/{id:guid}/versions", (Guid id, IProcessDefinitionAppService s, CancellationToken ct) => s.GetVersionsAsync(id, ct));
        defs.MapGet("/{id:guid}/xml", async (Guid id, int? number, IProcessDefinitionAppService s, HttpResponse response, CancellationToken ct) =>
        {
            var (content, fileName) = await ModelXmlFile.ReadAsync(s, id, number, ct);
            ModelXmlFile.Protect(response);
            return Results.File(content, ModelXmlFile.ContentType, fileName);
        }).Produces<string>(contentType: ModelXmlFile.ContentType);
        defs.MapPost("/import", async (HttpRequest request, IProcessDefinitionAppService s, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            return await s.ImportAsync(buffer.ToArray(), ct);
        }).Accepts<string>("application/xml");
        defs.MapPut("/{id:guid}/draft", (Guid id, SaveDraftInput input, IProcessDefinitionAppService s, CancellationToken ct) =>
            s.SaveDraftAsync(id, input, ct));
        defs.MapPost("/{id:guid}/publish", (Guid id, int version, IProcessDefinitionAppService s, CancellationToken ct) =>
            s.PublishAsync(id, version, ct));

        var instances = api.MapGroup("/instances");
        // Every query value is optional: no paging parameters means the first page of 25, as the tasks list does.
        instances.MapGet("/",
            (string? processKey, InstanceStatus? status, string? businessKey, int? page, int? pageSize, IProcessInstanceAppService s,
            CancellationToken ct) => s.GetListAsync(new InstanceListInput
            {
                ProcessKey = processKey, Status = status, BusinessKey = businessKey, Page = page ?? 1, PageSize = pageSize ?? 25,
            }, ct));
        instances.MapPost("/", (StartProcessInput input, IProcessInstanceAppService s, CancellationToken ct) => s.StartAsync(input, ct));
        instances.MapGet("/{id:guid}", (Guid id, IProcessInstanceAppService s, CancellationToken ct) => s.GetAsync(id, ct));
        instances.MapGet("/{id:guid}/history", (Guid id, IProcessInstanceAppService s, CancellationToken ct) => s.GetHistoryAsync(id, ct));
        instances.MapGet("/{id:guid}/tasks", (Guid id, ITaskAppService s, CancellationToken ct) => s.GetByInstanceAsync(id, ct));
        instances.MapPost("/{id:guid}/cancel", async (Guid id, int version, IProcessInstanceAppService s, CancellationToken ct) =>
        {
            await s.CancelAsync(id, version, ct);
            return Results.NoContent();
        });
        instances.MapPost("/{id:guid}/retry", async (Guid id, int version, IProcessInstanceAppService s, CancellationToken ct) =>
        {
            await s.RetryAsync(id, version, ct);
            return Results.NoContent();
        });
        instances.MapPost("/{id:guid}/move", async (Guid id, MoveTokenInput input, IProcessInstanceAppService s, CancellationToken ct) =>
        {
            await s.MoveTokenAsync(id, input, ct);
            return Results.NoContent();
        });

        var tasks = api.MapGroup("/tasks");
        tasks.MapGet("/", (TaskFilter? filter, int? page, int? pageSize, ITaskAppService s, CancellationToken ct) =>
            s.GetInboxAsync(filter ?? TaskFilter.Mine, page ?? 1, pageSize ?? 25, ct));
        tasks.MapGet("/counts", (ITaskAppService s, CancellationToken ct) => s.GetCountsAsync(ct));
        tasks.MapGet("/{id:guid}", (Guid id, ITaskAppService s, CancellationToken ct) => s.GetAsync(id, ct));
        tasks.MapPost("/{id:guid}/claim", (Guid id, int version, ITaskAppService s, CancellationToken ct) => s.ClaimAsync(id, version, ct));
        tasks.MapPost("/{id:guid}/release", (Guid id, int version, ITaskAppService s, CancellationToken ct) => s.ReleaseAsync(id, version, ct));
        tasks.MapPost("/{id:guid}/delegate", (Guid id, DelegateTaskInput input, ITaskAppService s, CancellationToken ct) =>
            s.DelegateAsync(id, input, ct));
        tasks.MapPost("/{id:guid}/resolve", (Guid id, int version, string? comment, ITaskAppService s, CancellationToken ct) =>
            s.ResolveAsync(id, comment, version, ct));
        tasks.MapPost("/{id:guid}/complete", async (Guid id, CompleteTaskInput input, ITaskAppService s, CancellationToken ct) =>
        {
            await s.CompleteAsync(id, input, ct);
            return Results.NoContent();
        });
    }
}
