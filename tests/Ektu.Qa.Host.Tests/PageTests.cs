using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Ektu.Qa.Host.Tests;

public sealed class PageTests
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task EveryMenuPage_Should_Render_When_AdminBrowsesInEachCulture(string culture)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", culture);
        var home = await client.GetStringAsync("/");
        var doc = new HtmlParser().ParseDocument(home);
        doc.DocumentElement.GetAttribute("lang").ShouldBe(culture);
        var links = doc.QuerySelectorAll("nav.app-sidebar a.nav-link").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        links.Count.ShouldBeGreaterThan(8);
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, link);
            var html = await response.Content.ReadAsStringAsync();
            RawKey.IsMatch(html).ShouldBeFalse($"{link} ({culture}) shows a raw key: {RawKey.Match(html).Value}");
        }
    }

    [Fact]
    public async Task AdministrationMenu_Should_BeHiddenAndForbidden_When_UserLacksPermission()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("teacher1");
        var home = await client.GetStringAsync("/");
        home.ShouldNotContain("/Identity/Users");
        home.ShouldNotContain("/Identity/AuditLog");
        var response = await client.GetAsync("/Identity/Users");
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/Identity/Roles/Permissions?id=" + Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Pages_Should_RedirectToLogin_When_Anonymous()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/Identity/Users");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Identity/Account/Login");
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Login_Should_AnswerLockedAccountLikeUnknownName_When_AccountIsLockedOut()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
            last = await QaWebFactory.PostFormAsync(client, "/Identity/Account/Login",
                new() { ["UserName"] = "teacher2", ["Password"] = "nope" + i });
        last.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var locked = await QaWebFactory.PostFormAsync(client, "/Identity/Account/Login",
            new() { ["UserName"] = "teacher2", ["Password"] = "Admin123!" });
        var unknown = await QaWebFactory.PostFormAsync(client, "/Identity/Account/Login",
            new() { ["UserName"] = "nobody.at.all", ["Password"] = "Admin123!" });
        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var lockedText = ValidationSummary(await locked.Content.ReadAsStringAsync());
        lockedText.ShouldBe(ValidationSummary(await unknown.Content.ReadAsStringAsync()));
        lockedText.ShouldContain("Неверное имя пользователя или пароль.");
    }

    private static string ValidationSummary(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector(".validation-summary-errors")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task UserForm_Should_ShowLocalizedFieldErrorsAndKeepInput_When_Invalid()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", "kk");
        var response = await QaWebFactory.PostFormAsync(client, "/Identity/Users/Edit", new()
        {
            ["Input.UserName"] = "admin", ["Input.FullName"] = "<script>alert(1)</script>", ["Input.Password"] = "short",
                ["Input.IsActive"] = "true", ["Input.Version"] = "0",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldNotContain("<script>alert(1)</script>");
        html.ShouldContain("field-validation-error");
    }

    private static readonly Regex RawKey = new(@">\s*(Menu|Permission|Enum|Identity|QualityPolicy|App|Kernel|Reporting):[A-Za-z.]+\s*<");
}
