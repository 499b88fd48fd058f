using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ektu.Qa.Host.Tests;

/// <summary>Page forms refuse what the API refuses, with field errors in the person's language, and date fields carry the window.</summary>
public sealed partial class PageInputTests
{
    [Fact]
    public async Task PageForm_Should_ShowFieldErrorsWith400_When_DateIsOutsideTheWindowOrTextHasControlCharacters()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin", "ru");
        var commissions = await admin.GetFromJsonAsync<JsonElement>("/api/qa-commission/commissions");
        var commission = commissions.EnumerateArray().First().GetProperty("id").GetString();
        var url = "/QaCommission/Commissions/Details?id=" + commission;
        var page = await admin.GetStringAsync(url);
        Regex.IsMatch(page, @"type=""date""[^>]*min=""1950-01-01""[^>]*max=""2100-12-31""").ShouldBeTrue("the meeting date field has no min/max");
        var before = (await admin.GetFromJsonAsync<JsonElement>($"/api/qa-commission/commissions/{commission}/meetings")).GetArrayLength();

        var response = await admin.PostAsync(url + "&handler=AddMeeting", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value),
            ["Meeting.MeetingDate"] = "9999-12-31", ["Meeting.StartTime"] = "14:00", ["Meeting.Format"] = "InPerson",
            ["Meeting.Place"] = "Room\u0001 301",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Дата должна быть в пределах с 1 января 1950 года по 31 декабря 2100 года.");
        html.ShouldContain("управляющие символы");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/qa-commission/commissions/{commission}/meetings")).GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task PageForm_Should_KeepTypedValuesAndStoreNothing_When_DateDoesNotParseOrFormHoldsNul()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin", "ru");
        const string url = "/QualityPolicy/Holidays?year=2026";
        var before = Rows().Matches(await admin.GetStringAsync(url)).Count;

        // 30 February: the framework leaves the day empty, and the handler would have answered "required" with the name lost.
        var response = await QaWebFactory.PostFormAsync(admin, url + "&handler=Add", new()
        {
            ["Input.Day"] = "2026-02-30", ["Input.NameKk"] = "Наурыз", ["Input.NameRu"] = "Наурыз мейрамы", ["Input.NameEn"] = "Nauryz",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("value=\"Наурыз мейрамы\"");
        html.ShouldContain("value=\"2026-02-30\"");
        html.ShouldContain("Недопустимое значение.");
        Rows().Matches(await admin.GetStringAsync(url)).Count.ShouldBe(before);

        // %00 in a url-encoded form: the framework cannot read the form at all; the error page answers instead of a 404 or 500.
        var commissions = await admin.GetFromJsonAsync<JsonElement>("/api/qa-commission/commissions");
        var commission = commissions.EnumerateArray().First().GetProperty("id").GetString();
        var meetings = (await admin.GetFromJsonAsync<JsonElement>($"/api/qa-commission/commissions/{commission}/meetings")).GetArrayLength();
        var nul = await QaWebFactory.PostFormAsync(admin, "/QaCommission/Commissions/Details/" + commission + "?handler=AddMeeting", new()
        {
            ["Meeting.MeetingDate"] = "2026-03-03", ["Meeting.StartTime"] = "14:00", ["Meeting.Format"] = "InPerson", ["Meeting.Place"] = "a\u0000b",
        });
        nul.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await nul.Content.ReadAsStringAsync()).ShouldContain("id=\"error-page\" data-status=\"400\"");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/qa-commission/commissions/{commission}/meetings")).GetArrayLength().ShouldBe(meetings);
    }

    [GeneratedRegex(@"<tr>\s*<td")]
    private static partial Regex Rows();

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex Token();
}
