using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Ektu.Qa.Host.Tests;

public sealed class SignInThrottleTests
{
    [Fact]
    public async Task LoginForm_Should_CountPostsPerAccount_When_PageIsViewedOftenAndOneNameIsGuessed()
    {
        await using var factory =
            await QaWebFactory.CreateAsync(settings: new Dictionary<string, string> { ["Authentication:LoginAttemptsPerMinute"] = "2" });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        // Views of the form are not attempts (PostFormAsync views it before each post as well).
        for (var i = 0; i < 5; i++) (await client.GetAsync("/Identity/Account/Login")).StatusCode.ShouldBe(HttpStatusCode.OK);
        for (var i = 0; i < 2; i++)
            (await QaWebFactory.PostFormAsync(client, "/Identity/Account/Login", new() { ["UserName"] = "teacher1", ["Password"] = "guess" + i }))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var throttled = await QaWebFactory.PostFormAsync(client, "/Identity/Account/Login",
            new() { ["UserName"] = "Teacher1", ["Password"] = "guess" });
        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var wait = int.Parse(throttled.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        wait.ShouldBeInRange(1, 60);
        var html = await throttled.Content.ReadAsStringAsync();
        html.ShouldContain($"Слишком много попыток входа. Повторите попытку через {wait} с.");
        html.ShouldContain("id=\"login-form\"");

        // Another account from the same address (a shared NAT) still signs in.
        var other = await QaWebFactory.PostFormAsync(client, "/Identity/Account/Login",
            new() { ["UserName"] = "teacher3", ["Password"] = "Admin123!" });
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await other.Content.ReadAsStringAsync()).ShouldContain("id=\"logout\"");
    }

    [Fact]
    public async Task TokenEndpoint_Should_LimitEachForwardedClientIp_When_RequestsComeThroughKnownProxy()
    {
        await using var factory = await QaWebFactory.CreateAsync(settings: new Dictionary<string, string>
        {
            ["Authentication:LoginAttemptsPerMinutePerIp"] = "3",
            ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.5",
        });
        _ = factory.Server;
        for (var i = 0; i < 3; i++)
            (await TokenAsync(factory, "10.0.0.5", "203.0.113.7", "client-" + i)).Response.StatusCode.ShouldBe(StatusCodes.Status401Unauthorized);
        var limited = await TokenAsync(factory, "10.0.0.5", "203.0.113.7", "client-x");
        limited.Response.StatusCode.ShouldBe(StatusCodes.Status429TooManyRequests);
        int.Parse(limited.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        limited.Response.ContentType.ShouldStartWith("application/problem+json");
        using (var problem = JsonDocument.Parse(await new StreamReader(limited.Response.Body).ReadToEndAsync()))
            problem.RootElement.GetProperty("code").GetString().ShouldBe("Identity:TooManySignIns");

        // Another client behind the same proxy is not limited; a client that is not a known proxy cannot pick its address.
        (await TokenAsync(factory, "10.0.0.5", "203.0.113.8", "client-y")).Response.StatusCode.ShouldBe(StatusCodes.Status401Unauthorized);
        for (var i = 0; i < 3; i++)
            (await TokenAsync(factory, "198.51.100.9", "203.0.113.10" + i,
                "client-z" + i)).Response.StatusCode.ShouldBe(StatusCodes.Status401Unauthorized);
        (await TokenAsync(factory, "198.51.100.9", "203.0.113.200", "client-w")).Response.StatusCode.ShouldBe(StatusCodes.Status429TooManyRequests);
    }

    [Fact]
    public async Task Scheme_Should_ComeFromForwardedProto_When_SentByKnownProxyOnly()
    {
        await using var factory =
            await QaWebFactory.CreateAsync(settings: new Dictionary<string, string> { ["ForwardedHeaders:KnownNetworks:0"] = "10.20.0.0/16" });
        _ = factory.Server;
        (await LoginRedirectAsync(factory, "10.20.3.4")).ShouldStartWith("https://");
        (await LoginRedirectAsync(factory, "198.51.100.9")).ShouldStartWith("http://");
    }

    private static Task<HttpContext> TokenAsync(QaWebFactory factory, string remote, string forwardedFor, string clientId) =>
        factory.Server.SendAsync(ctx =>
    {
        ctx.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        ctx.Request.Method = "POST";
        ctx.Request.Path = "/api/identity/token";
        ctx.Request.Headers["X-Forwarded-For"] = forwardedFor;
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { clientId, clientSecret = "wrong" }));
        ctx.Request.ContentType = "application/json";
        ctx.Request.ContentLength = body.Length;
        ctx.Request.Body = new MemoryStream(body);
        // TestServer decided "no body" and made its pipe before the body was set: tell the endpoint there is one.
        ctx.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
        ctx.Features.Set<IRequestBodyPipeFeature>(new RequestBodyPipeFeature(ctx));
    });

    private sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }

    private static async Task<string> LoginRedirectAsync(QaWebFactory factory, string remote)
    {
        var ctx = await factory.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
            c.Request.Method = "GET";
            c.Request.Path = "/Identity/Users";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
        });
        ctx.Response.StatusCode.ShouldBe(StatusCodes.Status302Found);
        return ctx.Response.Headers.Location.ToString();
    }
}
