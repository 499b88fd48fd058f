using Ektu.Qa.Kernel.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// Turns exceptions into RFC 7807 problem details with a stable <c>code</c> and a localized title;
/// validation errors list their fields. Pages get the same status through the status-code pages.
/// </summary>
internal sealed class QaExceptionHandler(IStringLocalizer l, IProblemDetailsService problems, ILogger<QaExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var qa = exception as QaException;
        if (qa == null) logger.LogError(exception, "Unhandled error");
        var code = qa?.Code ?? ErrorCodes.Unexpected;
        var status = qa?.Status ?? StatusCodes.Status500InternalServerError;
        var details = exception is ValidationException v
            ? new ValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value.Select(c => l[c].Value).ToArray()))
            : new ProblemDetails();
        details.Status = status;
        details.Title = qa == null ? l[code].Value : l[code, qa.Args].Value;
        details.Type = "https://ektu.kz/qa/errors/" + code.Replace(':', '/');
        details.Extensions["code"] = code;
        details.Extensions["traceId"] = context.TraceIdentifier;
        context.Response.StatusCode = status;
        if (exception is TooManyRequestsException t) context.Response.Headers.RetryAfter = t.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }
}
