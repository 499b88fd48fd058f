using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Workflow.Tests.Data;

public sealed class TaskCountsTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetCounts_Should_CountOwnAndOfferedTasks_When_OwnTaskHasNoDueDate(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        await app.StartInstanceAsync(businessKey: "DOC-1");
        await app.StartInstanceAsync(businessKey: "DOC-2");
        var task = (await app.InboxAsync("head.cs", TaskFilter.Available)).First();
        task.DueAt.ShouldBeNull();
        await app.AsAsync("head.cs", sp => sp.GetRequiredService<ITaskAppService>().ClaimAsync(task.Id, task.Version));

        var counts = await app.AsAsync("head.cs", sp => sp.GetRequiredService<ITaskAppService>().GetCountsAsync());

        counts.Mine.ShouldBe(1);
        counts.Available.ShouldBe(1);
        counts.Overdue.ShouldBe(0);
        // the claimed one left the others' lists
        (await app.AsAsync("aqd", sp => sp.GetRequiredService<ITaskAppService>().GetCountsAsync())).Available.ShouldBe(1);
    }
}
