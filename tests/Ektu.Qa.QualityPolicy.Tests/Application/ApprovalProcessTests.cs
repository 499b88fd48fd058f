using System.Text.Json.Nodes;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QualityPolicy.Tests.Application;

/// <summary>The shipped policy document approval process drives the document's life cycle.</summary>
public sealed class ApprovalProcessTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SubmitForApproval_Should_ApproveEditionWhenDeanConcludes_When_QualityOfficerApprovedFirst(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sitis = await app.UnitAsync("SITIS");
        var doc = await app.CreateAsync(sitis, "WF-01");
        await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Steps.Docs(sp).SubmitForApprovalAsync(doc.Id))); // nothing to approve yet
        await app.UploadAsync(doc.Id, Steps.Pdf);

        await app.AsAsync("aqd", sp => Steps.Docs(sp).SubmitForApprovalAsync(doc.Id)); // the submission is the model's submit step
        await CompleteAsync(app, "aqd", TaskFilter.Available, "Task_QualityReview", "approve");
        (await Inbox(app, "aqd", TaskFilter.Available)).ShouldBeEmpty(); // four eyes: the reviewer is not offered the owner's approval
        await CompleteAsync(app, "dean.sitis", TaskFilter.Available, "Task_OwnerApproval", "approve");

        var approved = await app.AsAsync("aqd", sp => Steps.Docs(sp).GetAsync(doc.Id));
        approved.State.ShouldBe(DocumentState.Approved);
        approved.DecisionNumber.ShouldStartWith("WF-");
        approved.ApprovingBody.ShouldBe("Dean");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ApproveDocumentHandler_Should_ChangeNothing_When_InstanceIsNotThePendingEditionsOwn(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sitis = await app.UnitAsync("SITIS");
        var doc = await app.CreateAsync(sitis, "WF-02");
        await app.UploadAsync(doc.Id, Steps.Pdf);
        var own = await app.AsAsync("aqd", sp => Steps.Docs(sp).SubmitForApprovalAsync(doc.Id));
        Task<WorkflowServiceResult> Invoke(Guid instance, string processKey) => app.AsAsync("admin", sp => sp.GetServices<IWorkflowServiceHandler>()
            .Single(h => h.Key == "QualityPolicy.ApproveDocument")
            .InvokeAsync(new WorkflowServiceContext(instance, processKey, "qp-document:" + doc.Id, sitis, "Service_ApproveDocument",
                new JsonObject { ["approverRole"] = "Board" }), CancellationToken.None));

        (await Invoke(Guid.NewGuid(), "policy-document-approval")).Set!["documentApproval"]!.GetValue<string>().ShouldBe("Unchanged");
        (await Invoke(own, "programme-approval")).ErrorCode.ShouldBe("NotAPolicyDocument"); // another process naming the document
        (await app.AsAsync("aqd", sp => Steps.Docs(sp).GetAsync(doc.Id))).State.ShouldBe(DocumentState.Draft);

        (await Invoke(own, "policy-document-approval")).Set!["documentApproval"]!.GetValue<string>().ShouldBe("Approved");
        var approved = await app.AsAsync("aqd", sp => Steps.Docs(sp).GetAsync(doc.Id));
        approved.State.ShouldBe(DocumentState.Approved);
        approved.ApprovingBody.ShouldBe("Board");
    }

    /// <summary>The user's inbox, this module's approvals only: the demo data gives some users tasks of other processes.</summary>
    private static Task<IReadOnlyList<WorkflowTaskDto>> Inbox(TestApp app, string user, TaskFilter filter) =>
        app.AsAsync<IReadOnlyList<WorkflowTaskDto>>(user, async sp => (await sp.GetRequiredService<ITaskAppService>().GetInboxAsync(filter))
            .Items.Where(t => t.ProcessKey == "policy-document-approval").ToList());

    private static async Task CompleteAsync(TestApp app, string user, TaskFilter filter, string element, string? outcome)
    {
        var task = (await Inbox(app, user, filter)).Single(t => t.ElementId == element);
        await app.AsAsync(user, sp =>
            sp.GetRequiredService<ITaskAppService>().CompleteAsync(task.Id, new CompleteTaskInput { Outcome = outcome, Version = task.Version }));
    }
}
