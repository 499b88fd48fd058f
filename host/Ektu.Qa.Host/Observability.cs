using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ektu.Qa.Kernel.Observability;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ektu.Qa.Host;

/// <summary>
/// Logs, metrics and traces. Logs: one readable line per entry in Development, JSON in every other environment (what a log
/// collector parses). Metrics: OpenTelemetry at <c>/metrics</c> in Prometheus format — HTTP requests, the runtime, and the
/// application's own meter (<see cref="QaMetrics"/>: database commands and pool, workflow steps, report runs, Quartz jobs,
/// the mail outbox) — answered only to the configured networks or to a bearer token, and a 404 to everyone else, as if there
/// were no such page. Traces go over OTLP when an endpoint is configured.
/// </summary>
internal static class Observability
{
    public const string MetricsPath = "/metrics";

    public static void AddQaObservability(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
            builder.Logging.AddSimpleConsole(o => (o.SingleLine, o.TimestampFormat, o.UseUtcTimestamp) = (true, "HH:mm:ss ", true));
        else
            builder.Logging.AddJsonConsole(o => (o.IncludeScopes, o.UseUtcTimestamp, o.TimestampFormat) = (true, true, "O"));

        var options = builder.Configuration.GetSection(ObservabilityOptions.Section).Get<ObservabilityOptions>() ?? new();
        builder.Services.AddSingleton(new MetricsAccess(options));
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("Ektu.Qa", serviceInstanceId: Environment.MachineName))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(QaMetrics.MeterName)
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        if (Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var otlp))
            telemetry.WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddOtlpExporter(o => o.Endpoint = otlp));
    }

    /// <summary>The scrape endpoint, behind <see cref="MetricsAccess"/>; before routing, so a refused caller learns nothing.</summary>
    public static void UseQaMetrics(this WebApplication app)
    {
        var access = app.Services.GetRequiredService<MetricsAccess>();
        app.UseWhen(c => c.Request.Path.Equals(MetricsPath, StringComparison.OrdinalIgnoreCase), b => b.Use(async (context, next) =>
        {
            if (access.Allows(context.Connection.RemoteIpAddress, context.Request.Headers.Authorization.ToString())) await next();
            else context.Response.StatusCode = StatusCodes.Status404NotFound;
        }));
    }

    public static void MapQaMetrics(this WebApplication app) => app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();
}

/// <summary><c>Observability</c> in appsettings.</summary>
internal sealed class ObservabilityOptions
{
    public const string Section = "Observability";

    /// <summary>Networks (CIDR) whose callers may read <c>/metrics</c>; loopback by default.</summary>
    public string[] MetricsNetworks { get; set; } = ["127.0.0.0/8", "::1/128"];

    /// <summary>A token that opens <c>/metrics</c> from anywhere (<c>Authorization: Bearer …</c>); empty: none.</summary>
    public string MetricsToken { get; set; } = "";

    /// <summary>Where traces go over OTLP (e.g. <c>http://collector:4317</c>); empty: no traces exported.</summary>
    public string OtlpEndpoint { get; set; } = "";
}

/// <summary>Who may read <c>/metrics</c>: a caller from a configured network (after forwarded headers) or with the token.</summary>
internal sealed class MetricsAccess(ObservabilityOptions options)
{
    private readonly IPNetwork[] _networks = [.. options.MetricsNetworks.Select(n => IPNetwork.Parse(n.Trim()))];
    private readonly byte[] _token = Encoding.UTF8.GetBytes(options.MetricsToken);

    public bool Allows(IPAddress? caller, string authorization)
    {
        if (caller is not null)
        {
            var address = caller.IsIPv4MappedToIPv6 ? caller.MapToIPv4() : caller;
            if (_networks.Any(n => n.Contains(address))) return true;
        }
        const string scheme = "Bearer ";
        return _token.Length > 0 && authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()), _token);
    }
}
