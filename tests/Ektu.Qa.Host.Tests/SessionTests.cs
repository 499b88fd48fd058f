using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ektu.Qa.TestKit;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Ektu.Qa.Host.Tests;

public sealed partial class SessionTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CopiedCookie_Should_BeRefused_When_UserSignedOut(string provider)
    {
        await using var factory = await QaWebFactory.CreateAsync(provider);
        var (browser, jar) = await SignInWithJarAsync(factory, "teacher1");
        var copy = Copy(factory, jar);
        (await copy.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var home = await browser.GetStringAsync("/");
        var token = WebUtility.HtmlDecode(FormToken().Match(home).Groups[1].Value);
        var logout = await browser.PostAsync("/Identity/Account/Logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        logout.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await copy.GetAsync("/api/identity/roles")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await copy.GetAsync("/");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/Identity/Account/Login");
    }

    [Theory]
    [InlineData(false, "New-Passw0rd!")]
    [InlineData(true, null)]
    public async Task Sessions_Should_End_When_PasswordChangesOrUserIsDeactivated(bool deactivate, string? password)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var (_, jar) = await SignInWithJarAsync(factory, "teacher2");
        var copy = Copy(factory, jar);
        (await copy.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await factory.SignInAsync("admin");
        var found = await admin.GetFromJsonAsync<JsonElement>("/api/identity/users?search=teacher2");
        var id = found.GetProperty("items")[0].GetProperty("id").GetString();
        var u = await admin.GetFromJsonAsync<JsonElement>($"/api/identity/users/{id}");
        (await admin.PutAsJsonAsync($"/api/identity/users/{id}", new
        {
            userName = "teacher2", fullName = u.GetProperty("fullName").GetString(), email = u.GetProperty("email").GetString(),
            isActive = !deactivate, password, version = u.GetProperty("version").GetInt32(),
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await copy.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>A client whose cookies can be read and copied, as an attacker who took them from the browser would.</summary>
    private static async Task<(HttpClient Client, CookieContainer Jar)> SignInWithJarAsync(QaWebFactory factory, string user)
    {
        var jar = new CookieContainer();
        var client = factory.CreateDefaultClient(new Uri("http://localhost"), new RedirectHandler(), new CookieContainerHandler(jar));
        var response = await QaWebFactory.PostFormAsync(client, "/Identity/Account/Login", new() { ["UserName"] = user, ["Password"] = "Admin123!" });
        (await response.Content.ReadAsStringAsync()).ShouldContain("id=\"logout\"");
        return (client, jar);
    }

    private static HttpClient Copy(QaWebFactory factory, CookieContainer jar)
    {
        var copy = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", jar.GetCookieHeader(new Uri("http://localhost")));
        return copy;
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex FormToken();
}
