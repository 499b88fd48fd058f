using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Values stored as codes (a study form, a language, a setting's choice) are read as words in the reader's language, and a
/// filtered list with no rows says that nothing matches rather than that the register is empty.
/// </summary>
public sealed class ReaderLanguageTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task SurveyDetails_Should_NameStudyFormAndLanguage_When_RatesAreShownPerStratum()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", "ru");
        var list = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, "/InformationManagement/Surveys"));
        var rows = new List<string>();
        foreach (var href in list.QuerySelectorAll("a[href*='/Surveys/Details/']").Select(a => a.GetAttribute("href")!).Distinct())
        {
            var details = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, href));
            rows.AddRange(details.QuerySelectorAll("#rates tbody td:first-child").Select(td => td.TextContent.Trim()));
        }
        // The demo students study full-time, two in Kazakh and one in Russian.
        rows.ShouldContain("Форма обучения: Очная");
        rows.ShouldContain("Язык обучения: Казахский");
        rows.ShouldContain("Язык обучения: Русский");
        rows.ShouldNotContain(r => r.EndsWith("FullTime") || r.EndsWith(": kk") || r.EndsWith(": ru"));
    }

    [Fact]
    public async Task Settings_Should_OfferAChoiceSettingsValuesByName_When_AdministratorEditsThem()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", "kk");
        var doc = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, "/Identity/Settings"));
        var id = "#s-ProgrammeMonitoring\\.Approval\\.FinalBody";
        doc.QuerySelector($"label[for='s-ProgrammeMonitoring.Approval.FinalBody']")!.TextContent.ShouldNotContain("Board");
        doc.QuerySelectorAll($"{id} option").Select(o => (o.GetAttribute("value"), o.TextContent))
            .ShouldBe([("", "Жоқ: соңғы болып Академиялық кеңес бекітеді"), ("Board", "Басқарма"), ("ScientificCouncil", "Ғылыми кеңес")]);

        var saved = await QaWebFactory.PostFormAsync(client, "/Identity/Settings",
            new() { ["values[ProgrammeMonitoring.Approval.FinalBody]"] = "Board" });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        Parser.ParseDocument(await saved.Content.ReadAsStringAsync()).QuerySelector($"{id} option[selected]")!.GetAttribute("value")
            .ShouldBe("Board");

        // A value outside the choices is refused with a message, and the stored choice stays.
        var refused = await QaWebFactory.PostFormAsync(client, "/Identity/Settings",
            new() { ["values[ProgrammeMonitoring.Approval.FinalBody]"] = "Senate" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Parser.ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelector(".validation-summary-errors").ShouldNotBeNull();
        Parser.ParseDocument(await HtmlPages.GetOkAsync(client, "/Identity/Settings")).QuerySelector($"{id} option[selected]")!
            .GetAttribute("value").ShouldBe("Board");
    }

    [Theory]
    [InlineData("kk", "Декан", "Мектеп кеңесінің төрағасы")]
    [InlineData("ru", "Декан", "Председатель совета школы")]
    [InlineData("en", "Dean", "Chair of the school council")]
    public async Task Procedures_Should_NameTheOwnerInTheReadersLanguage_When_ListedAndInTheCalendar(string culture, string dean, string chair)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", culture);
        var owners = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, "/ProgrammeMonitoring/Procedures"))
            .QuerySelectorAll("#procedures tbody td:nth-child(3)").Select(td => td.TextContent.Trim()).ToList();
        owners.ShouldContain(dean);
        owners.ShouldContain(chair);
        var runs = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, "/ProgrammeMonitoring/Procedures/Runs"))
            .QuerySelectorAll("#runs tbody td:nth-child(4)").Select(td => td.TextContent.Trim()).ToList();
        runs.ShouldNotBeEmpty();
        if (culture != "en") runs.Concat(owners).ShouldAllBe(o => !o.Any(char.IsAsciiLetter));
    }

    [Fact]
    public async Task ProcedureForm_Should_KeepTheOwnerInEachLanguage_When_RussianIsGivenAndEnglishLeftEmpty()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", "ru");
        var unit = (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/programme-monitoring/procedures"))
            .EnumerateArray().First().GetProperty("unitId").GetString()!;
        var saved = await QaWebFactory.PostFormAsync(client, "/ProgrammeMonitoring/Procedures", new()
        {
            ["Input.Number"] = "9", ["Input.UnitId"] = unit, ["Input.OwnerName"] = "Аккредиттеу бөлімі",
            ["Input.OwnerNameRu"] = "Отдел аккредитации", ["Input.OwnerNameEn"] = "", ["Input.Cycle"] = "Yearly",
            ["Input.FirstDueOn"] = "2026-09-01",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        string[] Owners(string html) => [.. Parser.ParseDocument(html).QuerySelectorAll("#procedures tbody td:nth-child(3)")
            .Select(td => td.TextContent.Trim())];
        Owners(await HtmlPages.GetOkAsync(client, "/ProgrammeMonitoring/Procedures")).ShouldContain("Отдел аккредитации");
        var english = await factory.SignInAsync("admin", "en");
        Owners(await HtmlPages.GetOkAsync(english, "/ProgrammeMonitoring/Procedures")).ShouldContain("Аккредиттеу бөлімі");
    }

    [Theory]
    [InlineData("/ProgrammeMonitoring/Programmes")]
    [InlineData("/QualityPolicy/Documents")]
    public async Task List_Should_SayNothingMatches_When_ASearchFindsNoRows(string url)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin");
        Parser.ParseDocument(await HtmlPages.GetOkAsync(client, url + "?search=zzzz")).QuerySelector("p.empty-state")!.TextContent
            .ShouldBe("Nothing matches the filter.");
        // An empty field of the filter form is no filter: the unfiltered demo register has rows.
        Parser.ParseDocument(await HtmlPages.GetOkAsync(client, url + "?search=")).QuerySelector("p.empty-state").ShouldBeNull();
    }
}
