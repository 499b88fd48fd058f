using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Web;

/// <summary>The Kernel's request pipeline pieces, in the order the host needs them.</summary>
public static class QaApplicationBuilderExtensions
{
    /// <summary>Culture cookie, then the browser's languages; default from <c>Localization:DefaultCulture</c> (kk-KZ).</summary>
    public static IApplicationBuilder UseQaLocalization(this IApplicationBuilder app, IConfiguration configuration)
    {
        // Neutral cultures too, so that a browser asking for plain "ru" gets Russian rather than the default.
        var cultures = SupportedCultures.Concat(SupportedCultures.Select(c => c[..2])).Select(c => new CultureInfo(c)).ToList();
        var defaultCulture = configuration["Localization:DefaultCulture"] ?? "kk-KZ";
        return app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(defaultCulture),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentUICultures = true,
            RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ],
        });
    }

    /// <summary>
    /// First in the pipeline: forwarded headers from the configured proxies (so scheme and client IP are right for everything
    /// after), then the security headers on every response.
    /// </summary>
    public static IApplicationBuilder UseQaWebSecurity(this IApplicationBuilder app, IConfiguration configuration) => app
        .UseForwardedHeaders(ForwardedHeadersSetup.From(configuration))
        .UseMiddleware<SecurityHeadersMiddleware>(SecurityHeadersOptions.From(configuration));

    /// <summary>After authentication: forms and form-bound endpoints, and every unsafe API call authenticated by the cookie.</summary>
    public static IApplicationBuilder UseQaAntiforgery(this IApplicationBuilder app) =>
        app.UseAntiforgery().UseMiddleware<ApiAntiforgeryMiddleware>();

    /// <summary>
    /// <paramref name="returnUrl"/> when it is a path on this site, else "/": "//host" and "/\host" are other sites to a
    /// browser (the same rule as <c>IUrlHelper.IsLocalUrl</c>).
    /// </summary>
    public static string LocalUrlOrRoot(string? returnUrl) => IsLocalUrl(returnUrl) ? returnUrl! : "/";

    private static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>
    /// Malformed input is the caller's error: the body limit (413) checked up front, after the exception handler so that it
    /// and every binding failure are answered as localized problem details.
    /// </summary>
    public static IApplicationBuilder UseQaRequestLimits(this IApplicationBuilder app) => app.UseMiddleware<Input.RequestBodyLimitMiddleware>();

    /// <summary>Maps every module's endpoints, in one group whose filter checks query and route values as bodies are checked.</summary>
    public static void MapQaEndpoints(this IEndpointRouteBuilder app)
    {
        var modules = app.MapGroup("");
        modules.AddEndpointFilterFactory(Input.InputCheckingEndpointFilter.Create);
        foreach (var endpoints in app.ServiceProvider.GetServices<IEndpointContributor>()) endpoints.Map(modules);
    }

    /// <summary>One transaction per non-GET request.</summary>
    public static IApplicationBuilder UseQaUnitOfWork(this IApplicationBuilder app) => app.UseMiddleware<UnitOfWorkMiddleware>();

    /// <summary>The full cultures behind the switcher's kk / ru / en.</summary>
    public static readonly IReadOnlyList<string> SupportedCultures = ["kk-KZ", "ru-RU", "en-US"];

    /// <summary>The culture name for a switcher language ("kk" → "kk-KZ").</summary>
    public static string CultureFor(string language) =>
        SupportedCultures.FirstOrDefault(c => c.StartsWith(language + "-", StringComparison.Ordinal)) ?? SupportedCultures[0];
}
