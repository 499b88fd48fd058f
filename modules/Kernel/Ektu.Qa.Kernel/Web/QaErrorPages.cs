using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// Errors answer in the caller's language and form: API paths get problem details (exceptions through
/// <see cref="QaExceptionHandler"/>, bare status codes here); every other request gets the host's error page
/// (<see cref="PagePath"/>, in the layout), re-executed with the status kept.
/// </summary>
public static class QaErrorPages
{
    /// <summary>The host's error page; the status-code pages append "/{status}".</summary>
    public const string PagePath = "/Error";

    /// <summary>API callers read problem details; the path is the original one even while the error page is re-executed.</summary>
    public static bool IsApi(HttpContext context)
    {
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } original ? new PathString(original) : context.Request.Path;
        return path.StartsWithSegments("/api");
    }

    /// <summary>The exception handler (first, after culture) and the status-code pages (after the request limits).</summary>
    public static IApplicationBuilder UseQaExceptionHandler(this IApplicationBuilder app) => app.UseExceptionHandler(new ExceptionHandlerOptions
    {
        ExceptionHandlingPath = PagePath,
        // A record not found in a page handler is a 404 page, not the framework's rethrow of the original exception.
        AllowStatusCode404Response = true,
    });

    public static IApplicationBuilder UseQaStatusCodePages(this IApplicationBuilder app) => app.UseStatusCodePages(async ctx =>
    {
        var http = ctx.HttpContext;
        if (http.Response.HasStarted) return;
        if (IsApi(http))
        {
            // API callers get problem details for bare status codes too (401/403/404/429).
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = http.Response.StatusCode, Extensions = { ["code"] = "Http:" + http.Response.StatusCode } },
            });
            return;
        }
        await ReExecuteAsync(ctx);
    });

    /// <summary>What <c>UseStatusCodePagesWithReExecute</c> does, for the non-API half only.</summary>
    private static async Task ReExecuteAsync(StatusCodeContext ctx)
    {
        var http = ctx.HttpContext;
        var (path, query) = (http.Request.Path, http.Request.QueryString);
        var routeValues = http.Features.Get<IRouteValuesFeature>();
        http.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPathBase = http.Request.PathBase.Value!,
            OriginalPath = path.Value!,
            OriginalQueryString = query.HasValue ? query.Value : null,
        });
        // The failed request's endpoint and route values would otherwise be reused instead of routing to the error page.
        http.SetEndpoint(null);
        if (routeValues != null) routeValues.RouteValues = null!;
        http.Request.Path = PagePath + "/" + http.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Request.QueryString = QueryString.Empty;
        try
        {
            await ctx.Next(http);
        }
        finally
        {
            http.Request.Path = path;
            http.Request.QueryString = query;
            http.Features.Set<IStatusCodeReExecuteFeature?>(null);
        }
    }
}
