using System.Text;
using Microsoft.Playwright;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Data collection in Chromium: a CSV export of a university system uploaded on the monitored indicators page with its own
/// column headers mapped to the fields, the outcome of every row shown, and the imported value in the indicator's list.
/// </summary>
[Trait("Category", "Browser")]
public sealed class IndicatorImportBrowserTests
{
    [Fact]
    public async Task Import_Should_ShowEachRowAndListTheValue_When_CsvIsUploadedWithAColumnMapping()
    {
        await using var session = await BrowserSession.StartAsync();
        var aqd = await session.LoginAsync("aqd");
        await aqd.GotoAsync(session.BaseUrl + "/InformationManagement/Indicators");
        await aqd.ClickAsync("#import-values");
        await aqd.WaitForSelectorAsync("#import-form");
        var csv = "School,Year,Code,Percent\nSITIS,2015,GRAD-EMPLOYMENT,66.6\nSITIS,2016,GRAD-EMPLOYMENT,lots\nNOWHERE,2015,GRAD-EMPLOYMENT,70\n";
        await aqd.SetInputFilesAsync("#f-file", new FilePayload
        {
            Name = "employment.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await aqd.FillAsync("#Mapping_Indicator", "Code");
        await aqd.FillAsync("#Mapping_Unit", "School");
        await aqd.FillAsync("#Mapping_Period", "Year");
        await aqd.FillAsync("#Mapping_Value", "Percent");
        await aqd.ClickAsync("#run-import");
        await aqd.WaitForSelectorAsync("#import-summary");

        (await aqd.InnerTextAsync("#import-summary")).ShouldBe("Created 1, updated 0, unchanged 0, failed 2");
        var rows = await aqd.EvalOnSelectorAllAsync<string[][]>("#import-results tbody tr",
            "rows => rows.map(r => [...r.cells].map(c => c.innerText.trim()))");
        rows.Length.ShouldBe(3);
        rows[0][1].ShouldBe("Created");
        rows[1][1].ShouldBe("Failed");
        rows[1][2].ShouldContain("Not a number with at most two decimals.");
        rows[2][1].ShouldBe("Failed");
        rows[2][2].ShouldNotBeEmpty(); // the unknown school says why

        await aqd.GotoAsync(session.BaseUrl + "/InformationManagement/Indicators");
        await aqd.ClickAsync("#indicators a:text-is('GRAD-EMPLOYMENT')");
        await aqd.WaitForSelectorAsync("#indicator-values");
        var imported = aqd.Locator("#indicator-values tbody tr", new() { HasText = "2015" });
        (await imported.CountAsync()).ShouldBe(1);
        var cells = await imported.Locator("td").AllInnerTextsAsync();
        cells[2].ShouldBe("66.6 %");
        cells[4].ShouldBe("File import");
        (await aqd.Locator("#indicator-values tbody tr", new() { HasText = "2016" }).CountAsync()).ShouldBe(0);
    }
}
