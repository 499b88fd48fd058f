using System.Text.Json.Nodes;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Instances;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Workflow.Tests.Application;

/// <summary>
/// A task's declared form fields (<c>camunda:formField</c>) reach the task page with their labels, types and
/// constraints, and a completion's values are checked and converted to the field's type on the server, field by field.
/// </summary>
public sealed class TaskFormFieldTests
{
    private const string Key = "typed-form";

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetAsync_Should_DescribeEveryDeclaredField_When_TheTaskDeclaresAForm(string provider)
    {
        await using var app = await StartAsync(provider);
        var task = await FillTaskAsync(app);

        var fields = (await app.AsAsync("head.cs", sp => sp.GetRequiredService<ITaskAppService>().GetAsync(task.Id))).Fields;

        fields.Select(f => (f.Id, f.Type))
            .ShouldBe([("workingGroupLead", "string"), ("members", "long"), ("external", "boolean"), ("visitOn", "date"), ("agency", "enum")]);
        fields[0].Label.ShouldBe("Working group lead (user name)"); // the catalogue's label wins over the model's "Lead"
        fields[0].Required.ShouldBeTrue();
        fields[1].Label.ShouldBe("Members");
        fields[1].Required.ShouldBeFalse();
        fields[4].Options.ShouldBe([new("iqaa", "IQAA"), new("iaar", "IAAR")]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CompleteAsync_Should_RefuseEachBadValueWithItsField_When_ValuesDoNotFitTheirTypes(string provider)
    {
        await using var app = await StartAsync(provider);
        var task = await FillTaskAsync(app);

        var refused = await Should.ThrowAsync<ValidationException>(() => CompleteAsync(app, task, new JsonObject
        {
            ["members"] = "many", ["external"] = "maybe", ["visitOn"] = "11.03.2026", ["agency"] = "asiin",
        }));
        Flat(refused).ShouldBe(new Dictionary<string, string>
        {
            ["Values.members"] = ErrorCodes.InvalidValue, ["Values.external"] = ErrorCodes.InvalidValue, ["Values.visitOn"] = ErrorCodes.InvalidValue,
            ["Values.agency"] = ErrorCodes.InvalidValue, ["Values.workingGroupLead"] = ErrorCodes.Required,
        }, ignoreOrder: true);

        var edges = await Should.ThrowAsync<ValidationException>(() => CompleteAsync(app, task, new JsonObject
        {
            ["workingGroupLead"] = "  ", ["members"] = 2.5, ["visitOn"] = "9999-12-31",
        }));
        Flat(edges).ShouldBe(new Dictionary<string, string>
        {
            ["Values.workingGroupLead"] = ErrorCodes.Required, ["Values.members"] = ErrorCodes.InvalidValue,
                ["Values.visitOn"] = ErrorCodes.DateOutOfRange,
        }, ignoreOrder: true);
        (await app.InboxAsync("head.cs", TaskFilter.Available)).Single().Id.ShouldBe(task.Id); // refused completions changed nothing
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CompleteAsync_Should_StoreTypedValues_When_AFormPostsThemAsText(string provider)
    {
        await using var app = await StartAsync(provider);
        var task = await FillTaskAsync(app);

        await CompleteAsync(app, task, new JsonObject
        {
            ["workingGroupLead"] = " teacher1 ", ["members"] = "7", ["external"] = "on", ["visitOn"] = "2026-03-11", ["agency"] = "iaar",
        });

        var variables = (await app.AsAsync("admin", sp => sp.GetRequiredService<IProcessInstanceAppService>().GetAsync(task.InstanceId))).Variables!;
        variables["workingGroupLead"]!.GetValue<string>().ShouldBe("teacher1");
        variables["members"]!.GetValue<long>().ShouldBe(7);
        variables["external"]!.GetValue<bool>().ShouldBeTrue();
        variables["visitOn"]!.GetValue<string>().ShouldBe("2026-03-11");
        variables["agency"]!.GetValue<string>().ShouldBe("iaar");
    }

    private static Dictionary<string, string> Flat(ValidationException e) => e.Errors.ToDictionary(kv => kv.Key, kv => string.Join(",", kv.Value));

    private static async Task<TestApp> StartAsync(string provider)
    {
        var app = await WorkflowTestApp.StartAsync(provider);
        await app.AsAsync("admin", async sp =>
        {
            var defs = sp.GetRequiredService<IProcessDefinitionAppService>();
            var def = await defs.ImportAsync(WorkflowTestApp.Model("typed-form.bpmn"));
            await defs.PublishAsync(def.Id, (await defs.GetVersionsAsync(def.Id)).Single().Version);
        });
        return app;
    }

    private static async Task<WorkflowTaskDto> FillTaskAsync(TestApp app)
    {
        var unit = await app.UnitAsync("SITIS-CS");
        await app.AsAsync("admin", sp => sp.GetRequiredService<IProcessInstanceAppService>().StartAsync(
            new StartProcessInput { ProcessKey = Key, BusinessKey = "EA-2026", UnitId = unit }));
        return (await app.InboxAsync("head.cs", TaskFilter.Available)).Single(t => t.ElementId == "Task_Fill");
    }

    private static Task CompleteAsync(TestApp app, WorkflowTaskDto task, JsonObject values) => app.AsAsync("head.cs", sp =>
        sp.GetRequiredService<ITaskAppService>().CompleteAsync(task.Id, new CompleteTaskInput { Values = values, Version = task.Version }));
}
