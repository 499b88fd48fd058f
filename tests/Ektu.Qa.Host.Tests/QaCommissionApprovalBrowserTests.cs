using System.Net;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// 004 §7.1 in real Chromium: the annual work plan is created and sent for approval on the Plans page, the School
/// Council's secretary (demo user <c>council.sitis</c>) approves it from the inbox, and the plan then waits for the dean.
/// </summary>
[Trait("Category", "Browser")]
public sealed class QaCommissionApprovalBrowserTests
{
    [Fact]
    public async Task WorkPlan_Should_MoveToTheDeansLevel_When_SchoolCouncilApprovesFromTheInbox()
    {
        await using var session = await BrowserSession.StartAsync();
        var baseUrl = session.BaseUrl;
        var admin = await session.LoginAsync("admin");

        await admin.GotoAsync(baseUrl + "/QaCommission/Commissions");
        await admin.ClickAsync("#commissions tr:has-text('Information Technology') a >> nth=0");
        await admin.ClickAsync("#plans-link");
        await admin.ClickAsync("#new-plan"); // the create form is a side panel
        await admin.WaitForSelectorAsync("#plan-new.show");
        await admin.FillAsync("#AcademicYear", "2027");
        await admin.ClickAsync("#create-plan");
        await admin.WaitForSelectorAsync("#plan-2027 .item-form");
        (await admin.InnerTextAsync("#plan-2027 .plan-status")).Trim().ShouldBe("Draft");
        var action = WebUtility.HtmlDecode(await admin.GetAttributeAsync("#plan-2027 .submit-form", "action"))!;
        var planId = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri(baseUrl), action).Query)["planId"];
        planId.ShouldNotBeNullOrEmpty();

        await admin.FillAsync("#plan-2027 .item-form [name='Item.Title']", "Monitoring of the 6B06101 programme");
        await admin.FillAsync("#plan-2027 .item-form [name='Item.Responsible']", "Secretary of the commission");
        await admin.FillAsync("#plan-2027 .item-form [name='Item.DueOn']", "2027-11-30");
        await admin.ClickAsync("#plan-2027 .add-item");
        await admin.WaitForSelectorAsync("#plan-2027 .plan-items tbody tr");
        await admin.ClickAsync("#plan-2027 .submit-plan");
        await admin.WaitForSelectorAsync("#plan-2027 .approval-link");
        (await admin.InnerTextAsync("#plan-2027 .plan-status")).Trim().ShouldBe("On approval");
        var planPage = admin.Url;

        // The School Council's secretary: the task is offered to the role held in the school.
        var council = await session.LoginAsync("council.sitis");
        await council.GotoAsync(baseUrl + "/Workflow/Tasks?filter=Available");
        // The inbox names the record (the plan of 2027–2028 for the school), not the process's business key.
        var row = "#inbox tr:has-text('2027')";
        await council.ClickAsync(row + " #task-Task_SchoolCouncil");
        await council.CheckAsync("#outcome-approve");
        await council.FillAsync("#Input_Comment", "Мектеп кеңесі бекітті");
        await council.ClickAsync("#complete");
        await council.WaitForSelectorAsync("#inbox");
        await council.GotoAsync(baseUrl + "/Workflow/Tasks?filter=Available");
        await council.WaitForSelectorAsync("#inbox, #inbox-empty");
        (await council.QuerySelectorAsync(row)).ShouldBeNull("the completed task leaves the council's available tasks");
        await council.GotoAsync(baseUrl + "/Workflow/Tasks?filter=Completed");
        (await council.InnerTextAsync(row)).ShouldContain("approve");

        // The plan is still on approval, now at the dean's level; the instance's history names the council's completion.
        await admin.GotoAsync(planPage);
        (await admin.InnerTextAsync("#plan-2027 .plan-status")).Trim().ShouldBe("On approval");
        await admin.ClickAsync("#plan-2027 .approval-link");
        await admin.WaitForSelectorAsync("#instance-history");
        // The engine opens the dean's task after the council's completion commits: look again until it is there.
        for (var i = 0; i < 20 && await admin.QuerySelectorAsync("#instance-tasks tr:has-text('Dean approval')") == null; i++)
        {
            await Task.Delay(500);
            await admin.ReloadAsync();
        }
        var tasks = await admin.InnerTextAsync("#instance-tasks");
        tasks.ShouldContain("School Council approval");
        tasks.ShouldContain("Dean approval");
        var dean = await admin.InnerTextAsync("#instance-tasks tr:has-text('Dean approval')");
        var councilRow = await admin.InnerTextAsync("#instance-tasks tr:has-text('School Council approval')");
        councilRow.ShouldContain("approve");
        dean.ShouldNotContain("approve");
        var history = await admin.InnerTextAsync("#instance-history");
        history.ShouldContain("School Council approval");
        history.ShouldContain("council.sitis");
        history.ShouldContain("Dean approval");
        history.ShouldNotContain("Task_SchoolCouncil");
    }
}
