using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// The rankings and self-assessment pages of ExternalAccreditation: each form submitted valid and invalid, the Word
/// report downloaded, exports, another school's report and unknown ids answering 404.
/// </summary>
public sealed partial class AccreditationBuilderPageTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Theory, MemberData(nameof(Providers))]
    public async Task RankingPages_Should_SaveEachForm_When_TheQualityOfficerSubmits(string provider)
    {
        await using var factory = await QaWebFactory.CreateAsync(provider);
        var client = await factory.SignInAsync("aqd");
        var systems = await client.GetFromJsonAsync<JsonElement>("/api/external-accreditation/rankings/systems");
        var qs = systems.EnumerateArray().Single(s => s.GetProperty("code").GetString() == "QS-WUR").GetProperty("id").GetString()!;
        const string index = "/ExternalAccreditation/Rankings";
        (await HtmlPages.GetOkAsync(client, index)).ShouldContain("id=\"top-five\"");

        var refused = await PostAsync(client, index, index, new() { ["Input.SystemId"] = qs, ["Input.Year"] = "2026" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Give a position or a band.");
        var saved = await PostAsync(client, index, index, new()
        {
            ["Input.SystemId"] = qs, ["Input.Year"] = "2026", ["Input.Band"] = "1201–1400", ["Input.Indicators"] = "Academic reputation 2.1",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await saved.Content.ReadAsStringAsync();
        html.ShouldContain("1201–1400");

        var edit = new HtmlParser().ParseDocument(await client.GetStringAsync(index + "?systemId=" + qs))
            .QuerySelector("#ranking-entries a")!.GetAttribute("href")!;
        var editPage = await HtmlPages.GetOkAsync(client, edit);
        var version = Regex.Match(editPage, @"name=""Input.Version"" value=""(\d+)""").Groups[1].Value;
        var updated = await PostAsync(client, edit, edit, new()
        {
            ["Input.Year"] = "2026", ["Input.Position"] = "1250", ["Input.IsPublished"] = "true", ["Input.Version"] = version,
        });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetStringAsync(index + "?systemId=" + qs)).ShouldContain(">1250<");
        var stale = await PostAsync(client, edit, edit, new() { ["Input.Year"] = "2026", ["Input.Position"] = "1", ["Input.Version"] = version });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await client.GetAsync("/ExternalAccreditation/Rankings/Edit/" + Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(index + "?handler=Export")).Content.Headers.ContentType!.MediaType.ShouldBe(Xlsx);

        const string systemsPage = "/ExternalAccreditation/Rankings/Systems";
        (await PostAsync(client, systemsPage, systemsPage, new() { ["Input.Code"] = "U-MULTIRANK", ["Input.Name"] = "U-Multirank",
            ["Input.IsActive"] = "true" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var taken = await PostAsync(client, systemsPage, systemsPage, new() { ["Input.Code"] = "U-MULTIRANK", ["Input.Name"] = "Again" });
        taken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var added = (await client.GetFromJsonAsync<JsonElement>("/api/external-accreditation/rankings/systems")).EnumerateArray()
            .Single(s => s.GetProperty("code").GetString() == "U-MULTIRANK");
        (await PostAsync(client, systemsPage, systemsPage + "?handler=Update", new()
        {
            ["ItemId"] = added.GetProperty("id").GetString()!, ["Input.Code"] = "U-MULTIRANK", ["Input.Name"] = "U-Multirank (EU)",
            ["Input.Version"] = added.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetStringAsync(systemsPage)).ShouldContain("U-Multirank (EU)");
        (await client.GetAsync(systemsPage + "?handler=Export")).Content.Headers.ContentType!.MediaType.ShouldBe(Xlsx);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SelfAssessmentPages_Should_SaveEachForm_When_TheDeanBuildsTheReport(string provider)
    {
        await using var factory = await QaWebFactory.CreateAsync(provider);
        var client = await factory.SignInAsync("dean.sitis");
        const string index = "/ExternalAccreditation/SelfAssessment";
        var page = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(client, index));
        var unit = page.QuerySelector("#sa-unit option")!.GetAttribute("value")!;
        var iaar = page.QuerySelectorAll("#sa-agency option").First(o => o.TextContent.StartsWith("IAAR", StringComparison.Ordinal))
            .GetAttribute("value")!;

        var refused = await PostAsync(client, index, index, new() { ["Input.UnitId"] = unit, ["Input.AgencyId"] = iaar, ["Input.Period"] = "2025" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("field-validation-error");
        var created = await PostAsync(client, index, index, new()
        {
            ["Input.UnitId"] = unit, ["Input.AgencyId"] = iaar, ["Input.Title"] = "Самооценка ОП 6B06102", ["Input.Period"] = "2021–2025",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = created.RequestMessage!.RequestUri!.PathAndQuery;
        details.ShouldStartWith("/ExternalAccreditation/SelfAssessment/Details/");
        var criterion = new HtmlParser().ParseDocument(await created.Content.ReadAsStringAsync()).QuerySelector("#criteria a")!.GetAttribute("href")!;

        var criterionPage = await HtmlPages.GetOkAsync(client, criterion);
        (await PostAsync(client, criterion, criterion + "?handler=Narrative", new()
        {
            ["Narrative.TextRu"] = "Политика утверждена и опубликована.", ["Narrative.Version"] = "0",
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        criterionPage = await client.GetStringAsync(criterion);
        new HtmlParser().ParseDocument(criterionPage).QuerySelector("#completeness")!.TextContent.ShouldBe("Incomplete");
        var evidence = Regex.Match(new HtmlParser().ParseDocument(criterionPage).QuerySelector("#evidence-found")!.OuterHtml,
            @"name=""EvidenceId"" value=""([0-9a-f-]{36})""").Groups[1].Value;
        evidence.ShouldNotBeEmpty();
        (await PostAsync(client, criterion, criterion + "?handler=Link", new() { ["EvidenceId"] = evidence })).StatusCode.ShouldBe(HttpStatusCode.OK);
        new HtmlParser().ParseDocument(await client.GetStringAsync(criterion)).QuerySelector("#completeness")!.TextContent.ShouldBe("Complete");
        (await PostAsync(client, criterion, criterion + "?handler=Link", new() { ["EvidenceId"] = evidence }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PostAsync(client, criterion, criterion + "?handler=Unlink", new() { ["EvidenceId"] = evidence }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(client, criterion, criterion + "?handler=Unlink", new() { ["EvidenceId"] = evidence }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var word = await client.GetAsync(details + "?handler=Document");
        word.StatusCode.ShouldBe(HttpStatusCode.OK);
        word.Content.Headers.ContentType!.MediaType.ShouldBe(Docx);
        (await client.GetAsync(index + "?handler=Export")).Content.Headers.ContentType!.MediaType.ShouldBe(Xlsx);
        (await client.GetAsync("/ExternalAccreditation/SelfAssessment/Details/" + Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var officer = await factory.SignInAsync("aqd");
        var all = await officer.GetFromJsonAsync<JsonElement>("/api/external-accreditation/self-assessments");
        var sem = all.EnumerateArray().Single(s => s.GetProperty("agencyCode").GetString() == "IQAA").GetProperty("id").GetString();
        (await client.GetAsync("/ExternalAccreditation/SelfAssessment/Details/" + sem)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/ExternalAccreditation/SelfAssessment/Details/" + sem + "?handler=Document")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task StandardPages_Should_SaveEachForm_When_TheQualityOfficerEditsTheCriteria(string provider)
    {
        await using var factory = await QaWebFactory.CreateAsync(provider);
        var client = await factory.SignInAsync("aqd", "kk");
        const string standards = "/ExternalAccreditation/SelfAssessment/Standards";
        var page = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(client, standards));
        var iaar = page.QuerySelectorAll("#st-agency option").First(o => o.TextContent == "IAAR").GetAttribute("value")!;
        (await PostAsync(client, standards, standards + "?handler=Standard", new()
        {
            ["Standard.AgencyId"] = iaar, ["Standard.Code"] = "11", ["Standard.EsgStandard"] = "10",
            ["Standard.TitleKk"] = "Халықаралық ынтымақтастық",
            ["Standard.TitleRu"] = "Международное сотрудничество", ["Standard.TitleEn"] = "International cooperation",
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await PostAsync(client, standards, standards + "?handler=Standard", new()
            { ["Standard.AgencyId"] = iaar, ["Standard.Code"] = "11", ["Standard.EsgStandard"] = "10" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("field-validation-error");

        var api = await client.GetFromJsonAsync<JsonElement>("/api/external-accreditation/self-assessments/standards?agencyId=" + iaar);
        var added = api.EnumerateArray().Single(s => s.GetProperty("code").GetString() == "11").GetProperty("id").GetString()!;
        (await PostAsync(client, standards, standards + "?handler=Criterion", new()
        {
            ["Criterion.StandardId"] = added, ["Criterion.Code"] = "11.1", ["Criterion.TitleKk"] = "Академиялық ұтқырлық",
            ["Criterion.TitleRu"] = "Академическая мобильность", ["Criterion.TitleEn"] = "Academic mobility",
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var edit = new HtmlParser().ParseDocument(await client.GetStringAsync(standards + "?agencyId=" + iaar)).QuerySelectorAll("#sa-criteria a")
            .Single(a => a.TextContent.StartsWith("11.1", StringComparison.Ordinal)).GetAttribute("href")!;
        var editPage = await HtmlPages.GetOkAsync(client, edit);
        var version = Regex.Match(editPage, @"name=""Input.Version"" value=""(\d+)""").Groups[1].Value;
        (await PostAsync(client, edit, edit, new()
        {
            ["Input.Code"] = "11.1", ["Input.TitleKk"] = "Академиялық ұтқырлық", ["Input.TitleRu"] = "Академическая мобильность студентов",
            ["Input.TitleEn"] = "Student mobility", ["Input.Version"] = version,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(client, edit, edit, new() { ["Input.Code"] = "", ["Input.Version"] = "2" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync(standards + "?handler=Export")).Content.Headers.ContentType!.MediaType.ShouldBe(Xlsx);
        (await client.GetAsync("/ExternalAccreditation/SelfAssessment/EditCriterion/" + Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>GETs <paramref name="formPage"/> for its antiforgery token, then posts the fields to <paramref name="target"/>.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string target, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(formPage);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex Token();
}
