using Microsoft.Playwright;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Whole flows in real Chromium through the buttons that used to post without the record's id — a policy
/// document approved and put in force from its lifecycle page and acknowledged by a teacher, an appeal handled through
/// its levels, and KPI target and actual values recorded and drawn on the indicator's chart.
/// </summary>
[Trait("Category", "Browser")]
public sealed class RecordFlowBrowserTests
{
    private static readonly PageWaitForSelectorOptions Gone = new() { State = WaitForSelectorState.Detached };

    [Fact]
    public async Task PolicyDocument_Should_BeAcknowledgedByTeacher_When_PutInForceFromLifecyclePage()
    {
        await using var session = await BrowserSession.StartAsync();
        var admin = await session.LoginAsync("admin");
        await admin.GotoAsync(session.BaseUrl + "/QualityPolicy/Documents");
        await admin.ClickAsync("a:has-text('Academic integrity code')"); // the demo draft of SITIS, with its first edition
        await admin.WaitForSelectorAsync("#lifecycle");
        var details = admin.Url;
        details.ShouldNotContain("?id=", Case.Sensitive, "record pages carry the id in the route");
        await admin.ClickAsync("#lifecycle");
        await admin.WaitForSelectorAsync("#approve-form");
        // Yesterday in Almaty: never after the university's today, whatever the time of day here.
        var approvedOn = DateTime.UtcNow.AddHours(5).AddDays(-1).ToString("yyyy-MM-dd");
        await admin.FillAsync("#Approve_ApprovedOn", approvedOn);
        await admin.FillAsync("#Approve_ApprovingBody", "Academic Council");
        await admin.FillAsync("#Approve_DecisionNumber", "7");
        await admin.ClickAsync("#approve");
        await admin.WaitForURLAsync(details);

        await admin.ClickAsync("#lifecycle");
        await admin.WaitForSelectorAsync("#enforce-form");
        (await admin.InputValueAsync("#Enforce_InForceOn")).ShouldBe(approvedOn);
        await admin.ClickAsync("#enforce");
        await admin.WaitForURLAsync(details);

        var teacher = await session.LoginAsync("teacher1");
        await teacher.GotoAsync(session.BaseUrl + "/QualityPolicy/Acknowledgements/Mine");
        var row = "#my-acknowledgements tr:has-text('SITIS-AIC-01')";
        await teacher.ClickAsync(row + " button");
        await teacher.WaitForSelectorAsync("#my-acknowledgements");
        (await teacher.QuerySelectorAsync(row)).ShouldBeNull("an acknowledged document leaves the pending list");
        await teacher.GotoAsync(session.BaseUrl + "/QualityPolicy/Acknowledgements/Mine?all=true");
        (await teacher.QuerySelectorAsync(row + " button")).ShouldBeNull();
        (await teacher.InnerTextAsync(row)).ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Appeal_Should_BeResolvedAtUniversityLevel_When_PassedUpFromTheDepartment()
    {
        await using var session = await BrowserSession.StartAsync();
        var subject = "Exam schedule " + Guid.NewGuid().ToString("N")[..6];
        var teacher = await session.LoginAsync("teacher1");
        await teacher.GotoAsync(session.BaseUrl + "/Improvement/Appeals");
        // The unit picker's filter box: typing part of the name chooses the first unit that matches.
        await teacher.FillAsync("#Input_UnitId-filter", "computer science");
        (await teacher.EvalOnSelectorAsync<string>("#Input_UnitId", "s => s.selectedOptions[0].textContent.trim()"))
            .ShouldBe("Department of Computer Science");
        await teacher.FillAsync("#Input_Subject", subject);
        await teacher.FillAsync("#Input_Text", "The exam timetable was changed two days before the session.");
        await teacher.ClickAsync("#submit");
        await teacher.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Improvement/Appeals/Details/"));
        await teacher.GotoAsync(session.BaseUrl + "/Improvement/Appeals");
        await teacher.WaitForSelectorAsync($"#my-appeals tr:has-text('{subject}')");

        // The department's head takes it and passes it on to the school.
        var head = await session.LoginAsync("head.cs");
        await head.GotoAsync(session.BaseUrl + "/Improvement/Appeals");
        await head.ClickAsync($"a:has-text('{subject}') >> nth=0");
        await head.ClickAsync("#take");
        await head.WaitForSelectorAsync("#take", Gone);
        await head.FillAsync("#note", "Needs the school's timetable office");
        await head.ClickAsync("#escalate");
        await head.WaitForLoadStateAsync();

        // The university-wide handler takes it at the school, passes it to the university and resolves it there.
        var admin = await session.LoginAsync("admin");
        await admin.GotoAsync(session.BaseUrl + "/Improvement/Appeals");
        await admin.ClickAsync($"a:has-text('{subject}') >> nth=0");
        (await admin.InnerTextAsync("#appeal")).ShouldContain("School", Case.Insensitive);
        await admin.ClickAsync("#take");
        await admin.WaitForSelectorAsync("#take", Gone);
        // Passing it up needs a reason: without one the page says so and the appeal stays at the school.
        await admin.ClickAsync("#escalate");
        await admin.WaitForSelectorAsync("[data-valmsg-summary]:has-text('This field is required')");
        (await admin.InnerTextAsync("#appeal")).ShouldContain("School", Case.Insensitive);
        await admin.FillAsync("#note", "A timetable matter for the whole university");
        await admin.ClickAsync("#escalate");
        await admin.WaitForSelectorAsync("#escalate", Gone); // the university is the top level
        await admin.WaitForSelectorAsync("#resolve");
        await admin.FillAsync("#note", "Timetable restored");
        await admin.ClickAsync("#resolve");
        await admin.WaitForSelectorAsync("#appeal-actions", Gone); // a resolved appeal offers no more actions
        (await admin.InnerTextAsync("#appeal")).ShouldContain("University", Case.Insensitive);

        await teacher.GotoAsync(session.BaseUrl + "/Improvement/Appeals");
        (await teacher.InnerTextAsync($"#my-appeals tr:has-text('{subject}')")).ShouldContain("Timetable restored");
    }

    [Fact]
    public async Task KpiIndicator_Should_ShowTargetAndActualOnTheChart_When_RecordedFromItsPage()
    {
        await using var session = await BrowserSession.StartAsync();
        var admin = await session.LoginAsync("admin");
        await admin.GotoAsync(session.BaseUrl + "/QualityPolicy/Kpis");
        await admin.ClickAsync("a:has-text('Share of accredited programmes')");
        await admin.WaitForSelectorAsync("#value-form");
        var indicator = admin.Url;

        await admin.FillAsync("#Input_Year", "2029");
        await admin.FillAsync("#Input_Period", "");
        await admin.FillAsync("#Input_Value", "91");
        await admin.ClickAsync("#save-target");
        await admin.WaitForURLAsync(indicator);
        await admin.WaitForSelectorAsync("#value-form");
        await admin.FillAsync("#Input_Year", "2029");
        await admin.FillAsync("#Input_Value", "87");
        await admin.ClickAsync("#save-actual");
        await admin.WaitForURLAsync(indicator);
        await admin.WaitForSelectorAsync("#kpi-chart");

        (await admin.InnerTextAsync("table >> nth=0")).ShouldContain("2029");
        var chart = await admin.EvaluateAsync<string>("""
            () => {
              const c = window.Chart && window.Chart.getChart(document.getElementById('kpi-chart'));
              if (!c) return 'no chart';
              const i = c.data.labels.map(String).indexOf('2029');
              return i < 0 ? 'no 2029' : c.data.datasets[0].data[i] + '/' + c.data.datasets[1].data[i];
            }
            """);
        chart.ShouldBe("91/87");
    }
}
