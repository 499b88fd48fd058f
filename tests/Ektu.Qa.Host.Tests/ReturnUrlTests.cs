using System.Net;

namespace Ektu.Qa.Host.Tests;

public sealed class ReturnUrlTests
{
    [Fact]
    public async Task CultureAndLogin_Should_RedirectHome_When_ReturnUrlIsNotLocal()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var returnUrl in new[] { "/\\evil.example", "//evil.example", "https://evil.example/", "/\t/evil.example", "evil.example", "" })
        {
            var response = await client.GetAsync("/culture/ru?returnUrl=" + Uri.EscapeDataString(returnUrl));
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, returnUrl);
            response.Headers.Location!.OriginalString.ShouldBe("/", returnUrl);
        }
        var local = await client.GetAsync("/culture/ru?returnUrl=" + Uri.EscapeDataString("/QualityPolicy/Documents?page=2"));
        local.Headers.Location!.OriginalString.ShouldBe("/QualityPolicy/Documents?page=2");

        var url = "/Identity/Account/Login?ReturnUrl=" + Uri.EscapeDataString("/\\evil.example");
        var login = await QaWebFactory.PostFormAsync(client, url,
            new() { ["UserName"] = "admin", ["Password"] = "Admin123!", ["ReturnUrl"] = "/\\evil.example" });
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.Location!.OriginalString.ShouldBe("/");
    }
}
