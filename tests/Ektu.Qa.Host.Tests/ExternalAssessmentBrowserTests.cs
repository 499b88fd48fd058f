namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Standard 10 in real Chromium: the quality officer starts an external assessment of a SITIS programme, moves it through
/// its steps from the assessment's page to a conditional decision, raises an improvement plan item and finds it in CAPA.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ExternalAssessmentBrowserTests
{
    private const string PickSitis = """
        () => { const s = document.querySelector('#s-unit');
          s.value = [...s.options].find(o => o.text.includes('Intelligent Systems')).value; }
        """;

    [Fact]
    public async Task Assessment_Should_ReachARecordedDecisionAndShowItsPlanInCapa_When_RunFromItsPage()
    {
        await using var session = await BrowserSession.StartAsync();
        var title = "ASIIN accreditation " + Guid.NewGuid().ToString("N")[..6];
        var aqd = await session.LoginAsync("aqd");
        aqd.Dialog += (_, dialog) => _ = dialog.AcceptAsync();

        await aqd.GotoAsync(session.BaseUrl + "/ExternalAccreditation/Assessments");
        await aqd.FillAsync("#s-title", title);
        await aqd.EvaluateAsync(PickSitis);
        await aqd.SelectOptionAsync("#s-agency", new Microsoft.Playwright.SelectOptionValue { Label = "ASIIN — " + await AgencyNameAsync(aqd) });
        await aqd.SelectOptionAsync("#s-kind", "Specialised");
        await aqd.EvaluateAsync("() => { const s = document.querySelector('#s-programmes'); s.options[0].selected = true; }");
        await aqd.ClickAsync("#start-assessment");
        await aqd.WaitForSelectorAsync("#assessment-steps");

        await aqd.SelectOptionAsync("#st-undergo", "true");
        await aqd.ClickAsync("#complete-step");
        for (var i = 0; i < 5; i++)
        {
            await aqd.WaitForSelectorAsync("#complete-step");
            await aqd.ClickAsync("#complete-step");
        }
        await aqd.WaitForSelectorAsync("#decision-form");
        await aqd.SelectOptionAsync("#d-decision", "Conditional");
        await aqd.FillAsync("#d-on", "2026-03-01");
        await aqd.FillAsync("#d-from", "2026-03-01");
        await aqd.FillAsync("#d-to", "2029-02-28");
        await aqd.FillAsync("#d-conditions", "Standard 5 evidence");
        await aqd.ClickAsync("#record-decision");
        // The follow-up day is required for a conditional decision: the form says so and keeps the step.
        await aqd.WaitForSelectorAsync(".validation-summary-errors, .text-danger li");
        await aqd.FillAsync("#d-follow", "2027-03-01");
        await aqd.ClickAsync("#record-decision");
        await aqd.WaitForSelectorAsync("#plan-form");
        (await aqd.InnerTextAsync("#assessment-decision")).ShouldContain("Accredited with conditions");

        await aqd.FillAsync("#p-problem", "Employers absent from attestation " + title[^6..]);
        await aqd.FillAsync("#p-action", "Invite employers");
        await aqd.FillAsync("#p-deadline", "2026-09-01");
        // The owner is one of the school's staff, picked from the list (the caller is preselected).
        var owner = await aqd.EvaluateAsync<string>(
            "() => { const o = [...document.querySelector('#p-owner').options].find(x => !x.selected); o.selected = true; "
            + "return o.text.split(' — ')[0]; }");
        await aqd.ClickAsync("#add-plan-item");
        await aqd.WaitForSelectorAsync("#assessment-plan td:has-text('Invite employers')");
        (await aqd.InnerTextAsync("#assessment-plan tbody tr")).ShouldContain(owner);

        await aqd.ClickAsync("#assessment-plan a");
        await aqd.WaitForURLAsync("**/Improvement/Capa/**");
        (await aqd.ContentAsync()).ShouldContain("Employers absent from attestation " + title[^6..]);
    }

    private static Task<string> AgencyNameAsync(Microsoft.Playwright.IPage page) => page.EvaluateAsync<string>(
        "() => [...document.querySelector('#s-agency').options].find(o => o.text.startsWith('ASIIN')).text.split(' — ')[1]");
}
