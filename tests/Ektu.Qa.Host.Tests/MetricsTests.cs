using System.Net;
using System.Net.Http.Headers;

namespace Ektu.Qa.Host.Tests;

/// <summary><c>/metrics</c>: Prometheus text with the HTTP, database, pool and application figures, only for those allowed.</summary>
public sealed class MetricsTests
{
    private const string Token = "scrape-secret-7f3a";

    [Fact]
    public async Task Metrics_Should_ShowHttpDatabaseAndPoolFigures_When_TheScraperSendsTheToken()
    {
        await using var factory = await QaWebFactory.CreateAsync(settings: new Dictionary<string, string> { ["Observability:MetricsToken"] = Token });
        var user = await factory.SignInAsync("aqd");
        (await user.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var scraper = factory.CreateClient();
        scraper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        var response = await scraper.GetAsync("/metrics");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldContain("http_server_request_duration_seconds_bucket{");
        text.ShouldMatch(@"(?m)^ektu_qa_db_commands_total\{[^}]*\} [1-9]");
        text.ShouldContain("ektu_qa_db_command_duration_seconds_bucket{");
        text.ShouldMatch(@"(?m)^ektu_qa_db_units_of_work_total\{[^}]*outcome=""committed""[^}]*\} [1-9]");
        text.ShouldMatch(@"(?m)^ektu_qa_db_pool_connections\{[^}]*state=""idle""");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token")]
    [InlineData("Basic " + Token)]
    public async Task Metrics_Should_AnswerNotFound_When_TheCallerIsOutsideTheNetworksWithoutTheToken(string? authorization)
    {
        // The test server's caller has no address, so only the token could open the page.
        await using var factory = await QaWebFactory.CreateAsync(settings: new Dictionary<string, string> { ["Observability:MetricsToken"] = Token });
        var client = factory.CreateClient();
        if (authorization is not null) client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);

        var response = await client.GetAsync("/metrics");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("ektu_qa_");
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.20.30.40", true)]
    [InlineData("10.255.255.255", true)]
    [InlineData("11.0.0.1", false)]
    [InlineData("192.168.1.10", false)]
    public void Access_Should_FollowTheConfiguredNetworks_When_NoTokenIsSent(string caller, bool allowed)
    {
        var access = new MetricsAccess(new ObservabilityOptions { MetricsNetworks = ["127.0.0.0/8", "::1/128", "10.0.0.0/8"] });

        access.Allows(IPAddress.Parse(caller), "").ShouldBe(allowed);
    }

    [Fact]
    public void Access_Should_RefuseEveryToken_When_NoneIsConfigured()
    {
        var access = new MetricsAccess(new ObservabilityOptions { MetricsNetworks = [] });

        access.Allows(IPAddress.Parse("10.0.0.1"), "Bearer ").ShouldBeFalse();
        access.Allows(null, "Bearer  ").ShouldBeFalse();
    }
}
