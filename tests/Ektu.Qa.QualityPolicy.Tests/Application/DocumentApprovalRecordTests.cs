using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Instances;
using Ektu.Qa.Workflow.Records;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QualityPolicy.Tests.Application;

/// <summary>
/// The document approval's tasks show the document (title, code, unit,
/// edition, its file, the comments so far) from this module, within its read rules; and "Submit for approval" leaves
/// no "submit" task behind in the submitter's inbox.
/// </summary>
public sealed class DocumentApprovalRecordTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SubmitForApproval_Should_LeaveNoSubmitTask_When_TheSubmitterSubmits(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"), "WF-10");
        await app.UploadAsync(doc.Id, Steps.Pdf);

        var instance = await app.AsAsync("aqd", sp => Steps.Docs(sp).SubmitForApprovalAsync(doc.Id));

        (await Inbox(app, "aqd", TaskFilter.Mine)).ShouldBeEmpty();
        var review = (await Inbox(app, "aqd", TaskFilter.Available)).Single();
        review.ElementId.ShouldBe("Task_QualityReview");
        var submit = (await Inbox(app, "aqd", TaskFilter.Completed)).Single(); // the submit step is done, by the submitter, as the history says
        (submit.ElementId, submit.InstanceId).ShouldBe(("Task_Submit", instance));

        // Returned for revision, the author gets the step back: resubmitting is theirs to do.
        await app.AsAsync("aqd", sp => sp.GetRequiredService<ITaskAppService>().CompleteAsync(review.Id,
            new CompleteTaskInput { Outcome = "revise", Comment = "Add the annex", Version = review.Version }));
        (await Inbox(app, "aqd", TaskFilter.Mine)).Single().ElementId.ShouldBe("Task_Submit");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Inbox_Should_ShowTheDocumentAndTaskPageItsCard_When_QualityPolicyOwnsTheProcess(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sitis = await app.UnitAsync("SITIS");
        var doc = await app.CreateAsync(sitis, "WF-11");
        await app.UploadAsync(doc.Id, Steps.Pdf, "regulation-v1.pdf");
        await app.AsAsync("aqd", sp => Steps.Docs(sp).SubmitForApprovalAsync(doc.Id));
        var review = (await Inbox(app, "aqd", TaskFilter.Available)).Single();
        review.RecordTitle.ShouldBe("Regulation");
        review.RecordUnit.ShouldNotBeNullOrEmpty();
        review.ProcessName.ShouldBe("Policy document approval");
        await app.AsAsync("aqd", sp => sp.GetRequiredService<ITaskAppService>().CompleteAsync(review.Id,
            new CompleteTaskInput { Outcome = "approve", Comment = "Complete and consistent", Version = review.Version }));

        var approval = (await Inbox(app, "dean.sitis", TaskFilter.Available)).Single();
        var card = await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<ITaskAppService>().GetRecordAsync(approval.Id));

        var record = card.Record.ShouldNotBeNull();
        (record.Title, record.Code, record.UnitName).ShouldBe(("Regulation", "WF-11", review.RecordUnit));
        record.Edition.ShouldBe("Edition 1 · Draft");
        // The links are generated from the host's endpoints: WorkflowPageTests follows them in the real host.
        var comment = card.Comments.ShouldHaveSingleItem();
        (comment.Outcome, comment.Text).ShouldBe(("Approve", "Complete and consistent"));
        comment.Author.ShouldContain("Quality officer review");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetSummaryAsync_Should_GiveNothingOrNoLinks_When_TheCallerMayNotReadTheDocument(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"), "WF-12");
        await app.UploadAsync(doc.Id, Steps.Pdf);
        var instance = await app.AsAsync("aqd", sp => Steps.Docs(sp).SubmitForApprovalAsync(doc.Id));
        var unit = (await app.AsAsync("aqd", sp => sp.GetRequiredService<IProcessInstanceAppService>().GetAsync(instance))).UnitId;
        Task<WorkflowRecordSummary?> Summary(string user, bool participant) => app.AsAsync(user, sp => sp.GetServices<IWorkflowRecordProvider>()
            .Single(p => p.ProcessKeys.Contains("policy-document-approval"))
            .GetSummaryAsync(new WorkflowRecordRequest("policy-document-approval", "qp-document:" + doc.Id, instance, unit, participant)));

        (await Summary("aqd", participant: false)).ShouldNotBeNull().Code.ShouldBe("WF-12");
        (await Summary("teacher2", participant: false)).ShouldBeNull(); // the document is outside a teacher's department and not in force
        var asked = (await Summary("teacher2", participant: true)).ShouldNotBeNull(); // an approver reads what they decide on…
        asked.Title.ShouldBe("Regulation");
        asked.Files.ShouldBeEmpty(); // …but gets no link the module would refuse them
        asked.Url.ShouldBeNull();
        asked.Edition.ShouldBe("Edition 1 · Draft");
    }

    /// <summary>The user's inbox, this module's approvals only: the demo data gives some users tasks of other processes.</summary>
    private static Task<IReadOnlyList<WorkflowTaskDto>> Inbox(TestApp app, string user, TaskFilter filter) =>
        app.AsAsync<IReadOnlyList<WorkflowTaskDto>>(user, async sp => (await sp.GetRequiredService<ITaskAppService>().GetInboxAsync(filter))
            .Items.Where(t => t.ProcessKey == "policy-document-approval").ToList());
}
