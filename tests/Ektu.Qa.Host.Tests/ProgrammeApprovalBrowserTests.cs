using Microsoft.Playwright;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Standards 2 and 9 in real Chromium: the dean of SITIS creates a programme and sends it for approval; the БББК
/// (demo user <c>teacher1</c>) returns it with a comment; the dean revises the new version and sends it again; the
/// department, the БББК, the School Council and the Academic Council approve from their inboxes, the БББК from the
/// difference the task links; the register then lists the programme approved, with the difference of the versions.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ProgrammeApprovalBrowserTests
{
    [Fact]
    public async Task Programme_Should_BeApprovedWithDifferenceRecorded_When_ReturnedOnceThenApprovedAtEveryLevel()
    {
        await using var session = await BrowserSession.StartAsync();
        var baseUrl = session.BaseUrl;
        var title = "Data engineering " + Guid.NewGuid().ToString("N")[..6];
        var dean = await session.LoginAsync("dean.sitis");
        dean.Dialog += (_, dialog) => _ = dialog.AcceptAsync(); // sending for approval asks first

        await dean.GotoAsync(baseUrl + "/ProgrammeMonitoring/Programmes/Edit");
        await dean.FillAsync("#Input_FieldCode", "6B06");
        await dean.FillAsync("#Input_DirectionCode", "6B061");
        await dean.FillAsync("#Input_GroupCode", "B059");
        await dean.FillAsync("#Input_TitleKk", "Деректер инженериясы " + title[^6..]);
        await dean.FillAsync("#Input_TitleRu", "Инженерия данных " + title[^6..]);
        await dean.FillAsync("#Input_TitleEn", title);
        await dean.FillAsync("#Input_DepartmentId-filter", "computer science");
        await dean.FillAsync("#Input_DegreeKk", "Ақпараттық-коммуникациялық технологиялар бакалавры");
        await dean.FillAsync("#Input_DegreeRu", "Бакалавр информационно-коммуникационных технологий");
        await dean.FillAsync("#Input_DegreeEn", "Bachelor of Information and Communication Technologies");
        await dean.FillAsync("#Input_DurationMonths", "48");
        await dean.FillAsync("#Input_Credits", "240");
        await dean.CheckAsync("#lang-Kazakh");
        await dean.CheckAsync("#form-FullTime");
        await dean.FillAsync("#Input_Outcomes_0__TextKk", "Деректер қоймаларын жобалайды");
        await dean.FillAsync("#Input_Outcomes_0__TextRu", "Проектирует хранилища данных");
        await dean.FillAsync("#Input_Outcomes_0__TextEn", "Designs data warehouses");
        await dean.ClickAsync("#save-programme");
        await dean.WaitForSelectorAsync("#programme-status");
        var details = dean.Url;
        (await dean.InnerTextAsync("#programme-status")).Trim().ShouldBe("Draft");

        await dean.ClickAsync("#submit-1");
        await dean.WaitForSelectorAsync("#approvals .approval-running");
        (await dean.InnerTextAsync("#programme-status")).Trim().ShouldBe("In approval");

        await DecideAsync(session, "head.cs", title, "Task_Department", "approve");
        await DecideAsync(session, "teacher1", title, "Task_ProgrammesCommittee", "revise", "Map the outcome to a course");

        // Back to the author: Draft, the reviewed version kept, a new open version with the comment.
        await dean.GotoAsync(details);
        (await dean.InnerTextAsync("#programme-status")).Trim().ShouldBe("Draft");
        (await dean.InnerTextAsync("#version-2")).ShouldContain("Map the outcome to a course");
        (await dean.InnerTextAsync("#approvals .approval-returned")).ShouldContain("Map the outcome to a course");
        await dean.ClickAsync("#revise-2");
        await dean.FillAsync("#Input_Credits", "244");
        await dean.ClickAsync("#save-programme");
        await dean.WaitForSelectorAsync("#version-3");
        await dean.ClickAsync("#submit-3");
        await dean.WaitForSelectorAsync("#approvals .approval-running");

        await DecideAsync(session, "head.cs", title, "Task_Department", "approve");
        var committee = await DecideAsync(session, "teacher1", title, "Task_ProgrammesCommittee", "approve", open: async task =>
        {
            // The БББК decides from the difference against the returned version, linked from the task.
            (await task.InnerTextAsync("#record-files")).ShouldContain("Changes from version 2 to version 3");
            (await task.InnerTextAsync("#record-edition")).ShouldContain("3");
        });
        await DecideAsync(session, "council.sitis", title, "Task_SchoolCouncil", "approve");
        await DecideAsync(session, "academic.council", title, "Task_AcademicCouncil", "approve");

        await dean.GotoAsync(baseUrl + "/ProgrammeMonitoring/Programmes?search=" + Uri.EscapeDataString(title));
        (await dean.InnerTextAsync($"#programmes tr:has-text('{title}')")).ShouldContain("Approved");
        await dean.GotoAsync(details);
        (await dean.InnerTextAsync("#programme-status")).Trim().ShouldBe("Approved");
        (await dean.InnerTextAsync("#version-3")).ShouldContain("Approved (frozen)");
        (await dean.InnerTextAsync("#approvals .approval-approved")).ShouldContain("academic.council");
        await dean.ClickAsync("#version-3 a:has-text('Compare')");
        await dean.WaitForSelectorAsync("#changes");
        (await dean.InnerTextAsync("#changes")).ShouldContain("244");
        committee.ShouldNotBeNull();
    }

    /// <summary>
    /// Signs in as <paramref name="user"/>, waits until the level's task is offered (the engine opens it after the previous
    /// completion commits), opens it and completes it with the outcome and comment.
    /// </summary>
    private static async Task<IPage> DecideAsync(BrowserSession session, string user, string title, string element, string outcome,
        string? comment = null, Func<IPage, Task>? open = null)
    {
        var page = await session.LoginAsync(user);
        var link = $"#inbox tr:has-text('{title}') #task-{element}";
        for (var i = 0; i < 20; i++)
        {
            await page.GotoAsync(session.BaseUrl + "/Workflow/Tasks?filter=Available");
            if (await page.QuerySelectorAsync(link) != null) break;
            await Task.Delay(500);
        }
        await page.ClickAsync(link);
        await page.WaitForSelectorAsync("#record-card");
        if (open != null) await open(page);
        await page.CheckAsync($"#outcome-{outcome}");
        if (comment != null) await page.FillAsync("#Input_Comment", comment);
        await page.ClickAsync("#complete");
        await page.WaitForSelectorAsync("#inbox, #inbox-empty");
        return page;
    }
}
