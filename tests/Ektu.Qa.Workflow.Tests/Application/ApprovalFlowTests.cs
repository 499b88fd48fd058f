using System.Text.Json.Nodes;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Instances;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Workflow.Tests.Application;

public sealed class ApprovalFlowTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Start_Should_OfferFirstTaskToRoleHoldersOfUnitAndAbove_When_CandidateGroupsGiven(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        var instance = await app.StartInstanceAsync();

        instance.Status.ShouldBe(InstanceStatus.Running);
        instance.DefinitionNumber.ShouldBe(1);
        var headTasks = await app.InboxAsync("head.cs", TaskFilter.Available);
        headTasks.Single().ElementId.ShouldBe("Task_Review");
        headTasks.Single().NameRu.ShouldBe("Рассмотрение");
        (await app.InboxAsync("aqd", TaskFilter.Available)).Single().Id.ShouldBe(headTasks.Single().Id); // role at the root covers the department
        (await app.InboxAsync("dean.sitis", TaskFilter.Available)).ShouldBeEmpty(); // Dean is not a candidate group of the review
        (await app.InboxAsync("teacher1", TaskFilter.Available)).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Complete_Should_RunToTheEndAndExcludeEarlierCompleters_When_FourEyesTaskFollows(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        var instance = await app.StartInstanceAsync();
        var review = (await app.InboxAsync("head.cs", TaskFilter.Available)).Single();

        await app.CompleteAsync("head.cs", review, "approve", "fine");

        var approve = (await app.InboxAsync("dean.sitis", TaskFilter.Available)).Single();
        approve.ElementId.ShouldBe("Task_Approve");
        approve.FourEyes.ShouldBeTrue();
        (await app.InboxAsync("aqd", TaskFilter.Available)).Select(t => t.Id).ShouldBe([approve.Id]);
        (await app.InboxAsync("head.cs", TaskFilter.Available)).ShouldBeEmpty(); // head.cs holds a candidate role but completed the review
        await Should.ThrowAsync<EntityNotFoundException>(() => app.CompleteAsync("head.cs", approve, "approve"));

        await app.CompleteAsync("dean.sitis", approve, "approve");
        var waiting = await app.AsAsync("admin", sp => sp.GetRequiredService<IProcessInstanceAppService>().GetAsync(instance.Id));
        waiting.Status.ShouldBe(InstanceStatus.Running);
        waiting.Variables!["recordedFor"]!.GetValue<string>().ShouldBe("DOC-1"); // the module's handler ran in the step
        waiting.Variables!["outcome"]!.GetValue<string>().ShouldBe("approve");

        var delivered = await app.AsAsync("admin", sp => sp.GetRequiredService<IWorkflowIntegrationService>()
            .CorrelateMessageAsync("DocumentSigned", "DOC-1", new JsonObject { ["signedBy"] = "rector" }));
        delivered.ShouldBe(1);

        var done = await app.AsAsync("admin", sp => sp.GetRequiredService<IProcessInstanceAppService>().GetAsync(instance.Id));
        done.Status.ShouldBe(InstanceStatus.Completed);
        done.EndedAt.ShouldNotBeNull();
        done.Variables!["signedBy"]!.GetValue<string>().ShouldBe("rector");
        var history = await app.AsAsync("admin", sp => sp.GetRequiredService<IProcessInstanceAppService>().GetHistoryAsync(instance.Id));
        history.Select(h => h.Sequence).ShouldBe(Enumerable.Range(0, history.Count).Select(i => (long)i));
        history.Where(h => h.ElementId == "Task_Approve" && h.Event is "Entered" or "Completed" or "Cancelled").Select(h => h.Event)
            .ShouldBe(["Entered", "Completed"]);
        history.Single(h => h.Event == "Completed" && h.ElementId == "Task_Approve").Actor.ShouldBe("dean.sitis");
        (await app.InboxAsync("dean.sitis", TaskFilter.Completed)).Single().Outcome.ShouldBe("approve");
        var audits = await app.QueryAsync(db =>
            db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_audit_log WHERE module = 'Workflow' AND action = 'Completed'"));
        audits.ShouldBe(2);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Complete_Should_RequireCommentAndEndRejected_When_OutcomeIsReject(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        var instance = await app.StartInstanceAsync();
        var review = (await app.InboxAsync("head.cs", TaskFilter.Available)).Single();

        var noComment = await Should.ThrowAsync<ValidationException>(() => app.CompleteAsync("head.cs", review, "reject"));
        noComment.Errors.Keys.ShouldContain("Comment");
        var badOutcome = await Should.ThrowAsync<ValidationException>(() => app.CompleteAsync("head.cs", review, "maybe"));
        badOutcome.Errors.Keys.ShouldContain("Outcome");
        await app.CompleteAsync("head.cs", review, "reject", "incomplete evidence");

        var done = await app.AsAsync("admin", sp => sp.GetRequiredService<IProcessInstanceAppService>().GetAsync(instance.Id));
        done.Status.ShouldBe(InstanceStatus.Completed);
        (await app.InboxAsync("dean.sitis", TaskFilter.Available)).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Delegate_Should_ReturnTaskToOwner_When_DelegateResolves(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        await app.StartInstanceAsync();
        var teacher = await app.AsAsync("admin", async sp =>
            (await sp.GetRequiredService<Identity.IIdentityIntegrationService>().GetUsersByNameAsync(["teacher1"])).Single().Id);
        var task = (await app.InboxAsync("head.cs", TaskFilter.Available)).Single();

        task = await app.AsAsync("head.cs", sp => sp.GetRequiredService<ITaskAppService>().ClaimAsync(task.Id, task.Version));
        (await app.InboxAsync("aqd", TaskFilter.Available)).ShouldBeEmpty(); // claimed tasks leave the others' lists
        task = await app.AsAsync("head.cs", sp =>
            sp.GetRequiredService<ITaskAppService>().DelegateAsync(task.Id, new DelegateTaskInput { UserId = teacher, Version = task.Version }));
        task.AssigneeId.ShouldBe(teacher);
        (await app.InboxAsync("teacher1", TaskFilter.Mine)).Single().OwnerName.ShouldNotBeNull();
        await Should.ThrowAsync<QaException>(() => app.CompleteAsync("teacher1", task, "approve")); // a delegate resolves, the owner completes

        task = await app.AsAsync("teacher1", sp =>
            sp.GetRequiredService<ITaskAppService>().ResolveAsync(task.Id, "checked the annexes", task.Version));
        task.OwnerId.ShouldBeNull();
        (await app.InboxAsync("head.cs", TaskFilter.Mine)).Single().Id.ShouldBe(task.Id);
        await app.CompleteAsync("head.cs", task, "approve");
        (await app.InboxAsync("head.cs", TaskFilter.Completed)).Count.ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Complete_Should_LetExactlyOneSucceed_When_TwoUsersCompleteTheSameTaskAtOnce(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        await app.StartInstanceAsync();
        var task = (await app.InboxAsync("head.cs", TaskFilter.Available)).Single();

        var results = await Task.WhenAll(
            Capture(() => app.CompleteAsync("head.cs", task, "approve")),
            Capture(() => app.CompleteAsync("aqd", task, "approve")));

        results.Count(r => r == null).ShouldBe(1);
        results.Single(r => r != null)!.Status.ShouldBe(409);
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wf_tasks WHERE element_id = 'Task_Approve'"))).ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task FireTimer_Should_RemindCandidatesAndKeepTaskOpen_When_NonInterruptingTimerIsDue(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        var instance = await app.StartInstanceAsync();
        await app.CompleteAsync("head.cs", (await app.InboxAsync("head.cs", TaskFilter.Available)).Single(), "approve");
        var timer = await app.QueryAsync(db => db.QuerySingleOrDefaultAsync<(string Id, DateTime Due)>(
            "SELECT id, due_at FROM wf_waits WHERE kind = 1 AND instance_id = @id", new { id = instance.Id }));
        timer.Due.ShouldBe(app.Clock.UtcNow.AddDays(3));
        var mailsBefore = await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_mail_outbox"));

        app.Clock.Advance(TimeSpan.FromDays(3));
        var fired = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<Runtime.WorkflowRuntime>().FireTimerAsync(instance.Id, Guid.Parse(timer.Id), CancellationToken.None));
        var again = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<Runtime.WorkflowRuntime>().FireTimerAsync(instance.Id, Guid.Parse(timer.Id), CancellationToken.None));

        fired.ShouldBeTrue();
        again.ShouldBeFalse(); // a late second fire of the same trigger does nothing
        (await app.InboxAsync("dean.sitis", TaskFilter.Available)).Single().ElementId.ShouldBe("Task_Approve");
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_mail_outbox"))).ShouldBe(mailsBefore + 1);
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wf_waits WHERE instance_id = @id", new { id = instance.Id })))
            .ShouldBe(0);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetAsync_Should_NotFindInstance_When_ItBelongsToAnotherSchool(string provider)
    {
        await using var app = await WorkflowTestApp.StartAsync(provider);
        var other = await app.StartInstanceAsync("SEM-GEO", "GEO-1");

        await Should.ThrowAsync<EntityNotFoundException>(() =>
            app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IProcessInstanceAppService>().GetAsync(other.Id)));
        (await app.AsAsync("dean.sitis", sp =>
            sp.GetRequiredService<IProcessInstanceAppService>().GetListAsync(new InstanceListInput()))).Total.ShouldBe(0);
        (await app.AsAsync("aqd", sp => sp.GetRequiredService<IProcessInstanceAppService>().GetListAsync(new InstanceListInput()))).Total.ShouldBe(1);
    }

    private static async Task<QaException?> Capture(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (QaException e)
        {
            return e;
        }
    }
}
