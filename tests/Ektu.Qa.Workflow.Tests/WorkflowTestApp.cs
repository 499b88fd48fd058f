using Ektu.Qa.Identity;
using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Instances;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Workflow.Tests;

/// <summary>The real modules with the test process published and a test service handler registered.</summary>
internal static class WorkflowTestApp
{
    public const string Key = "test-approval";

    public static byte[] Model(string name = "test-approval.bpmn") => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Models", name));

    public static async Task<TestApp> StartAsync(string provider, Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure = null)
    {
        var app = await TestApp.StartAsync(provider, configure: b =>
        {
            b.Services.AddScoped<IWorkflowServiceHandler, RecordHandler>();
            configure?.Invoke(b);
        });
        await app.AsAsync("admin", async sp =>
        {
            var defs = sp.GetRequiredService<IProcessDefinitionAppService>();
            var def = await defs.ImportAsync(Model());
            var draft = (await defs.GetVersionsAsync(def.Id)).Single();
            await defs.PublishAsync(def.Id, draft.Version);
        });
        return app;
    }

    public static Task<Guid> UnitAsync(this TestApp app, string code) => app.AsAsync("admin", async sp =>
        (await sp.GetRequiredService<IIdentityIntegrationService>().GetUnitsAsync()).Single(u => u.Code == code).Id);

    public static async Task<ProcessInstanceDto> StartInstanceAsync(this TestApp app, string unitCode = "SITIS-CS", string businessKey = "DOC-1")
    {
        var unit = await app.UnitAsync(unitCode);
        return await app.AsAsync("admin", sp => sp.GetRequiredService<IProcessInstanceAppService>().StartAsync(
            new StartProcessInput { ProcessKey = Key, BusinessKey = businessKey, UnitId = unit }));
    }

    public static Task<IReadOnlyList<WorkflowTaskDto>> InboxAsync(this TestApp app, string user, TaskFilter filter) =>
        app.AsAsync(user, async sp => (await sp.GetRequiredService<ITaskAppService>().GetInboxAsync(filter)).Items);

    public static Task CompleteAsync(this TestApp app, string user, WorkflowTaskDto task, string outcome, string? comment = null) =>
        app.AsAsync(user, sp => sp.GetRequiredService<ITaskAppService>().CompleteAsync(task.Id,
            new CompleteTaskInput { Outcome = outcome, Comment = comment, Version = task.Version }));
}
