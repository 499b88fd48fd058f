using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Instances;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Workflow.Tests.Application;

/// <summary>The instance history names elements as the model does (or by their type), never by their ids alone.</summary>
public sealed class InstanceHistoryTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetHistoryAsync_Should_NameEachElementOrItsType_When_TheModelGivesOneOrNone(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        var instance = await app.StartInstanceAsync();
        await app.CompleteAsync("head.cs", (await app.InboxAsync("head.cs", TaskFilter.Available)).Single(), "approve", "fine");

        var history = await app.AsAsync("admin", sp => sp.GetRequiredService<IProcessInstanceAppService>().GetHistoryAsync(instance.Id));

        var review = history.First(h => h.ElementId == "Task_Review");
        (review.ElementName, review.ElementKind).ShouldBe(("Review", "UserTask"));
        var start = history.First(h => h.ElementId == "Start");
        (start.ElementName, start.ElementKind).ShouldBe((null, "StartEvent")); // no name in the model: the page says "Start"
        var flow = history.First(h => h.ElementId == "F1");
        (flow.Event, flow.ElementKind).ShouldBe(("FlowTaken", "SequenceFlow"));
        history.Where(h => h.ElementId != null).ShouldAllBe(h => h.ElementKind != null);
        history.ShouldContain(h => h.Event == "Action" && h.ElementId == null && h.ElementKind == null);
    }
}
