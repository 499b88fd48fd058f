using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Ektu.Qa.Host.Tests;

public sealed partial class ReportingPageTests
{
    [Fact]
    public async Task ScheduleEditor_Should_ShowLocalizedCronErrorAndSaveNothing_When_CronInvalid()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", "ru");
        var response = await QaWebFactory.PostFormAsync(client, "/Reporting/Schedules/Edit?reportKey=Kernel.AuditLog", Schedule(new()
        {
            ["Input.Kind"] = "Raw", ["Input.Cron"] = "0 0 25 * * ?",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Недопустимое cron-выражение");
        html.ShouldContain("value=\"0 0 25 * * ?\"", customMessage: "the typed cron is kept");
        (await client.GetStringAsync("/Reporting/Schedules")).ShouldContain("id=\"no-schedules\"");
    }

    [Fact]
    public async Task ScheduleEditor_Should_SaveBuiltCronAndDescribeIt_When_SimpleFieldsGiven()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", "kk");
        var response = await QaWebFactory.PostFormAsync(client, "/Reporting/Schedules/Edit?reportKey=Kernel.AuditLog", Schedule(new()
        {
            ["Input.Kind"] = "Weekly", ["Input.Time"] = "07:30", ["Input.Days"] = "Friday",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var row = doc.QuerySelector("#schedules tbody tr").ShouldNotBeNull();
        row.QuerySelector(".font-monospace")!.TextContent.ShouldBe("0 30 7 ? * FRI");
        row.QuerySelector(".schedule-description")!.TextContent.ShouldStartWith("Апта сайын: ");
        row.QuerySelector(".schedule-description")!.TextContent.ShouldEndWith("сағат 07:30");
    }

    [Theory]
    [InlineData("en", "Every day at 09:15")]
    [InlineData("ru", "Каждый день в 09:15")]
    [InlineData("kk", "Күн сайын, сағат 09:15")]
    public async Task CronPreview_Should_DescribeInCurrentLanguageWithFiveTimes_When_FieldsChange(string culture, string expected)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", culture);
        var html = await client.GetStringAsync(
            "/Reporting/Schedules/Edit?handler=Preview&Input.Kind=Daily&Input.Time=09:15&Input.TimeZone=Asia/Almaty");
        var doc = new HtmlParser().ParseDocument(html);
        doc.QuerySelector("#cron-description")!.TextContent.ShouldBe(expected);
        doc.QuerySelectorAll("#next-fire-times li").Length.ShouldBe(5);

        var bad = await client.GetStringAsync(
            "/Reporting/Schedules/Edit?handler=Preview&Input.Kind=Raw&Input.Cron=nonsense&Input.TimeZone=Asia/Almaty");
        new HtmlParser().ParseDocument(bad).QuerySelectorAll(".cron-error").Length.ShouldBe(1);
    }

    [Fact]
    public async Task RunForm_Should_RefuseOutOfRangeThenRunAndServeTheFile_When_Corrected()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", "en");
        var refused = await QaWebFactory.PostFormAsync(client, "/Reporting/Run?key=Kernel.AuditLog", new()
        {
            ["Input.ReportKey"] = "Kernel.AuditLog", ["Input.Format"] = "Xlsx", ["Input.Parameters[maxRows]"] = "0",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("The value is out of the allowed range.");

        var accepted = await QaWebFactory.PostFormAsync(client, "/Reporting/Run?key=Kernel.AuditLog", new()
        {
            ["Input.ReportKey"] = "Kernel.AuditLog", ["Input.Format"] = "Xlsx", ["Input.Parameters[maxRows]"] = "50",
        });
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        accepted.RequestMessage!.RequestUri!.PathAndQuery.ShouldStartWith("/Reporting/Runs?highlight=");

        // The host's scheduler executes the run; the polled partial shows it finishing.
        string rows = "";
        for (var i = 0; i < 60 && !rows.Contains("data-status=\"Succeeded\""); i++)
        {
            await Task.Delay(250);
            rows = await client.GetStringAsync("/Reporting/Runs?handler=Rows");
        }
        rows.ShouldContain("data-status=\"Succeeded\"");
        rows.ShouldNotContain("hx-trigger", customMessage: "polling stops once nothing is running");
        var link = DownloadLink().Match(rows);
        link.Success.ShouldBeTrue();
        var file = await client.GetAsync(WebUtility.HtmlDecode(link.Groups[1].Value));
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await file.Content.ReadAsByteArrayAsync())[..2].ShouldBe("PK"u8.ToArray());
    }

    [Fact]
    public async Task ReportingPages_Should_BeForbidden_When_UserLacksPermission()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("teacher1");
        (await client.GetStringAsync("/")).ShouldNotContain("/Reporting/Schedules");
        (await client.GetAsync("/Reporting/Schedules/Edit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/Reporting/Run?key=Kernel.AuditLog")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task WorkflowInstances_Should_ExportCurrentFilterToExcel_When_Asked()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", "ru");
        var page = await client.GetStringAsync("/Workflow/Instances?Status=Running");
        Regex.IsMatch(page, "href=\"/Workflow/Instances\\?handler=Export&(amp;)?Status=Running\"")
            .ShouldBeTrue("the export link carries the current filter");
        var file = await client.GetAsync("/Workflow/Instances?handler=Export&Status=Running");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await file.Content.ReadAsByteArrayAsync()), false);
        var header = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().First();
        header.InnerText.ShouldStartWith("Процесс");
    }

    private static Dictionary<string, string> Schedule(Dictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>
        {
            ["Input.ReportKey"] = "Kernel.AuditLog", ["Input.TimeZone"] = "Asia/Almaty", ["Input.Format"] = "Xlsx", ["Input.Culture"] = "ru",
            ["Input.Recipients"] = "qa@ektu.kz", ["Input.Enabled"] = "true", ["Input.Version"] = "0",
        };
        foreach (var (k, v) in fields) all[k] = v;
        return all;
    }

    [GeneratedRegex("href=\"(/Reporting/Archive\\?(?:handler=Download&(?:amp;)?id=[0-9a-f-]+|id=[0-9a-f-]+&(?:amp;)?handler=Download))\"")]
    private static partial Regex DownloadLink();
}
