using Microsoft.Playwright;

namespace Ektu.Qa.Host.Tests;

/// <summary>Real Chromium against the real host on a loopback Kestrel port.</summary>
[Trait("Category", "Browser")]
public sealed class BrowserTests
{
    [Fact]
    public async Task Admin_Should_CreatePolicyDocumentInKazakh_When_UsingTheBrowser()
    {
        await using var session = await BrowserSession.StartAsync();
        var baseUrl = session.BaseUrl;
        var page = await session.LoginAsync("admin");

        await page.ClickAsync("#culture-kk");
        await page.WaitForSelectorAsync("html[lang=kk]");
        (await page.TextContentAsync("#logout"))!.Trim().ShouldBe("Шығу");

        await page.GotoAsync(baseUrl + "/QualityPolicy/Documents");
        await page.ClickAsync("#create-document");
        var title = "Сапа саласындағы саясат " + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("[name='Input.Code']", "QP-" + Random.Shared.Next(1000, 9999));
        await page.FillAsync("[name='Input.TitleKk']", title);
        await page.FillAsync("[name='Input.TitleRu']", "Политика в области качества");
        await page.FillAsync("[name='Input.TitleEn']", "Quality policy");
        await page.ClickAsync("#save");
        await page.GotoAsync(baseUrl + "/QualityPolicy/Documents");
        await page.WaitForSelectorAsync($"text={title}");
        (await page.ContentAsync()).ShouldContain(title);
    }

    [Fact]
    public async Task Designer_Should_PublishChangedConditionAndRunFirstTaskFromInbox_When_UsedInTheBrowser()
    {
        await using var session = await BrowserSession.StartAsync();
        var baseUrl = session.BaseUrl;
        var admin = await session.LoginAsync("admin");

        // The designer opens the shipped programme approval; the department's approve condition is changed and saved.
        await admin.GotoAsync(baseUrl + "/Workflow/Definitions");
        await admin.ClickAsync("#edit-programme-approval");
        await admin.WaitForSelectorAsync("#bpmn-designer[data-ready=true]");
        var changed = await admin.EvaluateAsync<string>("""
            () => {
              const registry = window.qaDesigner.get('elementRegistry');
              const modeling = window.qaDesigner.get('modeling');
              const moddle = window.qaDesigner.get('moddle');
              const flow = registry.filter(e => e.type === 'bpmn:SequenceFlow' && e.businessObject.conditionExpression
                && e.businessObject.sourceRef.id === 'Gw_DepartmentDecision')[0]
                || registry.filter(e => e.type === 'bpmn:SequenceFlow' && e.businessObject.conditionExpression)[0];
              const body = "next(null, environment.variables.outcome === 'approve' || environment.variables.fastTrack === true);";
              modeling.updateProperties(flow, { conditionExpression: moddle.create('bpmn:FormalExpression', { body, language: 'javascript' }) });
              return flow.id;
            }
            """);
        changed.ShouldNotBeNullOrEmpty();
        await admin.ClickAsync("#designer-save");
        await admin.WaitForSelectorAsync("#designer-saved, #designer-errors li");
        if (await admin.QuerySelectorAsync("#designer-saved") == null)
            throw new ShouldAssertException(await admin.InnerTextAsync("#designer-errors"));
        (await admin.TextContentAsync("#version-status"))!.ShouldContain("2");
        admin.Dialog += (_, dialog) => _ = dialog.AcceptAsync(); // Publish asks first
        await admin.ClickAsync("#designer-publish");
        await admin.WaitForSelectorAsync("#designer-published");
        var xml = await (await admin.APIRequest.GetAsync(baseUrl + "/api/workflow/definitions")).TextAsync();
        xml.ShouldContain("\"publishedNumber\":2");

        // An instance starts on the new version; the head of department completes the first task from the inbox.
        await admin.GotoAsync(baseUrl + "/Workflow/Instances/Start");
        await admin.SelectOptionAsync("#ProcessKey", "programme-approval");
        await admin.FillAsync("#BusinessKey", "6B06101-2026");
        await admin.SelectOptionAsync("#UnitId", new SelectOptionValue { Label = "Department of Computer Science" });
        await admin.FillAsync("#Variables", "{\"initiator\": \"admin\"}");
        await admin.ClickAsync("#start");
        await admin.WaitForSelectorAsync("#instance-status");
        await admin.WaitForSelectorAsync("#bpmn-designer[data-ready=true]");
        (await admin.InnerHTMLAsync("#bpmn-designer")).ShouldContain("qa-active");

        var head = await session.LoginAsync("head.cs");
        await head.GotoAsync(baseUrl + "/Workflow/Tasks?filter=Available");
        await head.ClickAsync("#task-Task_Department");
        await head.CheckAsync("#outcome-approve");
        await head.FillAsync("#Input_Comment", "Қолдаймын");
        await head.ClickAsync("#complete");
        await head.WaitForSelectorAsync("#inbox");
        (await head.InnerTextAsync("#inbox")).ShouldContain("6B06101-2026");
        (await head.InnerTextAsync("#tab-Completed")).ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Meeting_Should_RecordAttendanceVotesAndGiveMinutes_When_DeanRunsItInTheBrowser()
    {
        await using var session = await BrowserSession.StartAsync();
        var baseUrl = session.BaseUrl;
        var dean = await session.LoginAsync("dean.sitis");
        await dean.GotoAsync(baseUrl + "/QaCommission/Commissions");
        await dean.ClickAsync("#commissions a");
        // Votes are taken only once the meeting's day has come: a meeting today, between the demo's planned one (in two
        // weeks) and its held one (newest first).
        var today = DateTime.UtcNow.AddHours(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await dean.ClickAsync("#new-meeting"); // the create form is a side panel
        await dean.WaitForSelectorAsync("#meeting-new.show");
        await dean.FillAsync("#meeting-form input[name='Meeting.MeetingDate']", today);
        await dean.FillAsync("#meeting-form input[name='Meeting.StartTime']", "10:00");
        await dean.ClickAsync("#add-meeting");
        await dean.ClickAsync("#meetings a >> nth=1");
        await dean.WaitForSelectorAsync("#attendance-form");

        foreach (var radio in await dean.QuerySelectorAllAsync("#attendance input[type=radio][value=Present]")) await radio.CheckAsync();
        await dean.ClickAsync("#save-attendance");
        await dean.WaitForSelectorAsync("#quorum");
        var quorum = await dean.InnerTextAsync("#quorum");
        await dean.FillAsync("#decision-form textarea[name=DecisionText]", "Бағдарламалардың мониторинг нәтижелерін бекіту");
        await dean.SelectOptionAsync("#decision-form select[name=ExecutorUserId]", new SelectOptionValue { Index = 1 });
        await dean.FillAsync("#decision-form input[name=Deadline]",
            DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await dean.FillAsync("#decision-form input[name=ReportForm]", "Есеп / Отчёт");
        await dean.ClickAsync("#add-decision");
        await dean.WaitForSelectorAsync(".vote-form");
        foreach (var select in await dean.QuerySelectorAllAsync(".vote-form select")) await select.SelectOptionAsync("For");
        await dean.ClickAsync(".record-votes");
        await dean.WaitForSelectorAsync(".decision .outcome");
        var outcome = await dean.InnerTextAsync(".decision >> nth=-1");
        outcome.ShouldContain("Adopted", Case.Insensitive, $"quorum: {quorum}");
        await dean.ClickAsync("#close");
        await dean.WaitForSelectorAsync("#minutes-ru");

        var download = await dean.RunAndWaitForDownloadAsync(() => dean.ClickAsync("#minutes-ru"));
        download.SuggestedFilename.ShouldEndWith(".docx");
        var path = await download.PathAsync();
        new FileInfo(path!).Length.ShouldBeGreaterThan(1000);
    }
}
