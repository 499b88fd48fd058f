using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ektu.Qa.Identity;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// The internal audit and information systems pages as the quality office uses them: every form and button submitted,
/// a refused value shown again with its localized error, the Word report and the Excel exports downloaded.
/// </summary>
public sealed partial class InformationManagementAuditPageTests
{
    private static readonly HtmlParser Parser = new();

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AuditPages_Should_RunAnAuditToItsClose_When_QualityOfficerSubmitsEachForm(string provider)
    {
        await using var factory = await QaWebFactory.CreateAsync(provider);
        var client = await factory.SignInAsync("aqd", "ru");
        var users = await UsersAsync(factory, "teacher1", "teacher3", "teacher2", "head.cs");
        await HtmlPages.GetOkAsync(client, "/InformationManagement/Audits");
        var unit = await UnitAsync(factory, "SITIS-CS");
        var year = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var form = new Dictionary<string, string>
        {
            ["Input.PlanYear"] = year, ["Input.Kind"] = "Process", ["Input.Title"] = "Practice organisation", ["Input.UnitId"] = unit,
            ["Input.StartsOn"] = year + "-05-04", ["Input.EndsOn"] = year + "-05-08", ["Input.LeadAuditorId"] = users["teacher1"],
        };

        var refused = await PostAsync(client, "/InformationManagement/Audits", null, form);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("не независим");
        form["Input.LeadAuditorId"] = users["teacher3"];
        var created = await PostAsync(client, "/InformationManagement/Audits", null, form);
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = created.RequestMessage!.RequestUri!.AbsolutePath;
        details.ShouldStartWith("/InformationManagement/Audits/Details/");

        (await PostAsync(client, details, "Question", new() { ["Item.Question"] = "Is the practice plan approved?" })).EnsureSuccessStatusCode();
        await MoveAsync(client, details);
        var page = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details));
        var item = page.QuerySelector("#checklist input[name=ItemId]")!.GetAttribute("value")!;
        var answered = await PostAsync(client, details, "Answer",
            new() { ["ItemId"] = item, ["Item.Version"] = "1", ["Item.Answer"] = "No", ["Item.Evidence"] = "Order 12" });
        (await answered.Content.ReadAsStringAsync()).ShouldContain("Order 12");
        var found = await PostAsync(client, details, "Finding",
            new() { ["Finding.Class"] = "Nonconformity", ["Finding.Text"] = "Practice plan not approved", ["Finding.Requirement"] = "4.2" });
        (await found.Content.ReadAsStringAsync()).ShouldContain("Practice plan not approved");
        var finding = Parser.ParseDocument(await found.Content.ReadAsStringAsync())
            .QuerySelector("#findings input[name=FindingId]")!.GetAttribute("value")!;
        var emptyCapa = await PostAsync(client, details, "Capa", new() { ["FindingId"] = finding });
        emptyCapa.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var capa = await PostAsync(client, details, "Capa", new()
        {
            ["FindingId"] = finding, ["Capa.CorrectiveAction"] = "Approve the plan", ["Capa.OwnerUserId"] = users["head.cs"],
            ["Capa.Deadline"] = (int.Parse(year) + 1) + "-03-01",
        });
        capa.StatusCode.ShouldBe(HttpStatusCode.OK);
        Parser.ParseDocument(await capa.Content.ReadAsStringAsync()).QuerySelector($"#finding-{finding} a.badge").ShouldNotBeNull();
        var edited = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details));
        var edit = Fields(edited.QuerySelector("#audit-edit-form")!);
        edit["Input.Title"] = "Practice organisation and reporting";
        (await (await PostAsync(client, details, "Edit", edit)).Content.ReadAsStringAsync()).ShouldContain("Practice organisation and reporting");
        await MoveAsync(client, details);
        await MoveAsync(client, details);
        Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details)).QuerySelector("#audit-state")!.TextContent.ShouldBe("Закрыт");

        var report = await client.GetAsync(details + "?handler=Report");
        report.StatusCode.ShouldBe(HttpStatusCode.OK);
        report.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        foreach (var export in new[] { details + "?handler=ExportChecklist", "/InformationManagement/Audits?handler=Export&year=" + year,
                     "/InformationManagement/Audits/Findings?handler=Export&year=" + year })
            (await client.GetAsync(export)).Content.Headers.ContentType!.MediaType.ShouldBe(Workbooks.XlsxType, export);
        (await HtmlPages.GetOkAsync(client, "/InformationManagement/Audits/Findings?year=" + year)).ShouldContain("Practice plan not approved");
        (await client.GetAsync("/InformationManagement/Audits/Finding/" + finding)).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe(details);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AuditDetails_Should_AnswerNotFound_When_DeanOpensAnotherSchoolsAudit(string provider)
    {
        await using var factory = await QaWebFactory.CreateAsync(provider);
        var aqd = await factory.SignInAsync("aqd");
        var plan = Parser.ParseDocument(await HtmlPages.GetOkAsync(aqd, "/InformationManagement/Audits"));
        var links = plan.QuerySelectorAll("#audits tbody tr a").Select(a => a.GetAttribute("href")!).ToList();
        links.Count.ShouldBe(3);
        var dean = await factory.SignInAsync("dean.sitis");
        var visible = Parser.ParseDocument(await HtmlPages.GetOkAsync(dean, "/InformationManagement/Audits"))
            .QuerySelectorAll("#audits tbody a").Select(a => a.GetAttribute("href")!).ToList();

        visible.Count.ShouldBe(1);
        foreach (var href in links.Where(l => !visible.Contains(l)))
            (await dean.GetAsync(href)).StatusCode.ShouldBe(HttpStatusCode.NotFound, href);
        (await dean.GetAsync(visible[0])).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await dean.GetAsync("/InformationManagement/Audits/Details/" + Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SystemPages_Should_RegisterCheckAndEditASystem_When_QualityOfficerSubmitsEachForm(string provider)
    {
        await using var factory = await QaWebFactory.CreateAsync(provider);
        var client = await factory.SignInAsync("aqd", "kk");
        var index = await HtmlPages.GetOkAsync(client, "/InformationManagement/Systems");
        index.ShouldContain("Grafana");
        Parser.ParseDocument(index).QuerySelectorAll("#systems .restore-stale").Length.ShouldBe(1); // «Тест шебері», verified 400 days ago
        var unit = await UnitAsync(factory, "EKTU");
        var form = new Dictionary<string, string>
        {
            ["Input.Code"] = "platonus", ["Input.Name"] = "Platonus", ["Input.OwnerUnitId"] = unit, ["Input.Owner"] = "IT",
            ["Input.Purpose"] = "", ["Input.DataHeld"] = "Grades", ["Input.BackupSchedule"] = "Daily", ["Input.AccessControl"] = "Roles",
        };

        var refused = await PostAsync(client, "/InformationManagement/Systems", null, form);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        form["Input.Purpose"] = "Learning records";
        var created = await PostAsync(client, "/InformationManagement/Systems", null, form);
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = created.RequestMessage!.RequestUri!.AbsolutePath;
        (await created.Content.ReadAsStringAsync()).ShouldContain("restore-stale"); // never verified

        var checkedPage = await PostAsync(client, details, "Check", new()
        {
            ["Check.CheckedOn"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), ["Check.Authority"] = "true", ["Check.Backups"] = "true",
            ["Check.Note"] = "No antivirus on the server",
        });
        checkedPage.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await checkedPage.Content.ReadAsStringAsync()).ShouldContain("No antivirus on the server");
        var edit = Fields(Parser.ParseDocument(await checkedPage.Content.ReadAsStringAsync()).QuerySelector("#system-edit-form")!);
        edit["Input.RestoreVerifiedOn"] = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd");
        var edited = await PostAsync(client, details, "Edit", edit);
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        Parser.ParseDocument(await edited.Content.ReadAsStringAsync()).QuerySelector("#restore-stale").ShouldBeNull();
        foreach (var export in new[] { details + "?handler=ExportChecks", "/InformationManagement/Systems?handler=Export" })
            (await client.GetAsync(export)).Content.Headers.ContentType!.MediaType.ShouldBe(Workbooks.XlsxType, export);
    }

    /// <summary>Posts the fields to the page's handler with the antiforgery token of the page, following the redirect.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string? handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        return await client.PostAsync(handler == null ? page : page + "?handler=" + handler, new FormUrlEncodedContent(fields));
    }

    /// <summary>Presses the audit's next-step button with the values it carries.</summary>
    private static async Task MoveAsync(HttpClient client, string details)
    {
        var button = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details)).QuerySelector("#move-audit")!;
        var fields = Fields((IHtmlFormElement)button.Closest("form")!);
        var response = await client.PostAsync(((IHtmlFormElement)button.Closest("form")!).GetAttribute("action"), new FormUrlEncodedContent(fields));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static Dictionary<string, string> Fields(AngleSharp.Dom.IElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name]"))
            fields[input.GetAttribute("name")!] = input is IHtmlTextAreaElement t ? t.Value : input.GetAttribute("value") ?? "";
        foreach (var select in form.QuerySelectorAll("select[name]").Cast<IHtmlSelectElement>())
            if (select.SelectedOptions.FirstOrDefault() is { } o) fields[select.Name!] = o.Value;
        return fields;
    }

    private static async Task<string> UnitAsync(QaWebFactory factory, string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var all = await scope.ServiceProvider.GetRequiredService<IIdentityIntegrationService>().GetUnitsAsync();
        return all.Single(u => u.Code == code).Id.ToString();
    }

    private static async Task<Dictionary<string, string>> UsersAsync(QaWebFactory factory, params string[] names)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = await scope.ServiceProvider.GetRequiredService<IIdentityIntegrationService>().GetUsersByNameAsync(names);
        return users.ToDictionary(u => u.UserName, u => u.Id.ToString());
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex Token();
}
