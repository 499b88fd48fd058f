using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// Content-Security-Policy, nosniff and Referrer-Policy on every response. Scripts run only from this origin (or inline with
/// the request's nonce); a response that set its own CSP (a sandboxed download) keeps it.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, SecurityHeadersOptions options)
{
    private const string NonceKey = "qa:csp-nonce";

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        // Headers set at the start would be cleared by the exception handler; OnStarting covers error pages too.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (!headers.ContainsKey("Content-Security-Policy")) headers.ContentSecurityPolicy = options.Policy(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The request's script nonce, for the rare inline script that cannot live in the bundle.</summary>
    public static string? NonceOf(HttpContext context) => context.Items.TryGetValue(NonceKey, out var n) ? n as string : null;
}
