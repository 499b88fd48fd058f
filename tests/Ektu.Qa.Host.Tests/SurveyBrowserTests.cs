using Microsoft.Playwright;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// A survey end to end in Chromium: a questionnaire built in three languages and published, a survey of SITIS students,
/// three demo students answering, and the results drawn as a chart (the minimum group size lowered to 3 first).
/// </summary>
[Trait("Category", "Browser")]
public sealed class SurveyBrowserTests
{
    [Fact]
    public async Task Survey_Should_ShowAChartOfTheStudentsAnswers_When_BuiltInThreeLanguagesAndAnswered()
    {
        await using var session = await BrowserSession.StartAsync();
        var admin = await session.LoginAsync("admin");
        await admin.GotoAsync(session.BaseUrl + "/Identity/Settings");
        await admin.FillAsync("[id='s-InformationManagement.Surveys.MinGroupSize']", "3");
        await admin.ClickAsync("#save");
        await admin.WaitForSelectorAsync("#save");

        var aqd = await session.LoginAsync("aqd");
        aqd.Dialog += (_, dialog) => _ = dialog.AcceptAsync(); // Publish asks first
        await aqd.GotoAsync(session.BaseUrl + "/InformationManagement/Surveys/Templates");
        await aqd.ClickAsync("#new-template"); // the create form is a side panel
        await aqd.WaitForSelectorAsync("#template-new.show");
        await aqd.FillAsync("#Input_Code", "library-2026");
        await aqd.FillAsync("#Input_Title_Kk", "Кітапхана қызметіне қанағаттану");
        await aqd.FillAsync("#Input_Title_Ru", "Удовлетворённость работой библиотеки");
        await aqd.FillAsync("#Input_Title_En", "Satisfaction with the library");
        await aqd.ClickAsync("#create-template");
        await aqd.WaitForSelectorAsync("#question-form");
        await aqd.FillAsync("#Question_Key", "library");
        await aqd.SelectOptionAsync("#Question_Kind", "Likert");
        await aqd.CheckAsync("#Question_Required");
        await aqd.FillAsync("#Question_TextKk", "Кітапхана жұмысын бағалаңыз");
        await aqd.FillAsync("#Question_TextRu", "Оцените работу библиотеки");
        await aqd.FillAsync("#Question_TextEn", "Rate the library");
        await aqd.FillAsync("#Question_Options", "1 | Нашар | Плохо | Poor\n2 | Орташа | Средне | Fair\n3 | Жақсы | Хорошо | Good");
        await aqd.ClickAsync("#add-question");
        await aqd.WaitForSelectorAsync("#questions td:has-text('Кітапхана жұмысын бағалаңыз')");
        await aqd.ClickAsync("#publish");
        await aqd.WaitForSelectorAsync("#new-version");

        await aqd.GotoAsync(session.BaseUrl + "/InformationManagement/Surveys");
        await aqd.ClickAsync("#new-survey");
        await aqd.WaitForSelectorAsync("#survey-new.show");
        await aqd.SelectOptionAsync("#Input_TemplateId", new SelectOptionValue { Label = "Satisfaction with the library (library-2026 v1)" });
        var sitis = await aqd.EvalOnSelectorAsync<string>("#Input_UnitId",
            "s => [...s.options].find(o => o.text.includes('Intelligent Systems')).value");
        await aqd.SelectOptionAsync("#Input_UnitId", sitis);
        await aqd.SelectOptionAsync("#Input_Target", "Students");
        var today = DateTime.UtcNow.AddHours(5); // the university's day (Asia/Almaty)
        await aqd.FillAsync("#Input_OpensOn", today.ToString("yyyy-MM-dd"));
        await aqd.FillAsync("#Input_ClosesOn", today.AddDays(7).ToString("yyyy-MM-dd"));
        await aqd.FillAsync("#Input_MinGroupSize", "3");
        await aqd.ClickAsync("#create-survey");
        await aqd.WaitForSelectorAsync("#rates");
        var details = aqd.Url;

        foreach (var (student, choice) in new[] { ("student1", "3"), ("student2", "3"), ("student3", "2") })
        {
            var page = await session.LoginAsync(student);
            await page.GotoAsync(session.BaseUrl + "/InformationManagement/Surveys/Mine");
            await page.ClickAsync("#my-surveys tr:has-text('Satisfaction with the library') a");
            await page.WaitForSelectorAsync("#answer-form");
            await page.CheckAsync($"#library-{choice}");
            await page.ClickAsync("#submit-answers");
            await page.WaitForSelectorAsync("#my-surveys tr:has-text('Satisfaction with the library') .badge");
        }

        await aqd.GotoAsync(details);
        (await aqd.InnerTextAsync("#rates tbody tr:first-child")).ShouldContain("100");
        await aqd.ClickAsync("#results");
        await aqd.WaitForSelectorAsync("#responses");
        (await aqd.InnerTextAsync("#responses strong")).ShouldBe("3");
        await aqd.WaitForFunctionAsync("() => window.Chart && window.Chart.getChart(document.querySelector('canvas[data-chart]'))");
        var counts = await aqd.EvalOnSelectorAsync<int[]>("canvas[data-chart]", "c => window.Chart.getChart(c).data.datasets[0].data");
        counts.ShouldBe([0, 1, 2]);
    }
}
