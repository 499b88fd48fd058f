using Ektu.Qa.Kernel.Errors;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// A browser sends the sign-in cookie with any site's request, so an unsafe API call authenticated by the cookie must carry
/// the antiforgery token (header or form field). A call with a bearer token carries its own proof and is not checked;
/// nor is an anonymous one, which has no authority a foreign page could borrow.
/// </summary>
internal sealed class ApiAntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (NeedsToken(context.Request, context.User.Identity?.IsAuthenticated == true) && !await antiforgery.IsRequestValidAsync(context))
            throw new QaException(ErrorCodes.AntiforgeryMissing, StatusCodes.Status400BadRequest);
        await next(context);
    }

    internal static bool NeedsToken(HttpRequest request, bool authenticated) =>
        authenticated
        && request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || HttpMethods.IsTrace(request.Method))
        && !request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
