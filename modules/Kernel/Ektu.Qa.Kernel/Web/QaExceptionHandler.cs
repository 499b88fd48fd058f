using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Web.Input;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// Turns exceptions into RFC 7807 problem details with a stable <c>code</c> and a localized title;
/// validation errors list their fields. Requests the framework could not bind are the caller's error (4xx), never a 500.
/// A page request gets the status only: the handler declines it, and the exception handler re-executes the app's error page,
/// so a person never reads JSON or exception text.
/// </summary>
internal sealed class QaExceptionHandler(IStringLocalizer l, IProblemDetailsService problems, ILogger<QaExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var details = exception is BadHttpRequestException bad ? Describe(BadInputProblem.Describe(bad)) : Describe(exception);
        details.Type = "https://ektu.kz/qa/errors/" + ((string)details.Extensions["code"]!).Replace(':', '/');
        details.Extensions["traceId"] = context.TraceIdentifier;
        context.Response.StatusCode = details.Status!.Value;
        if (exception is TooManyRequestsException t)
            context.Response.Headers.RetryAfter = t.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        else if (details.Status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "1";
        if (!QaErrorPages.IsApi(context)) return false;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    private ProblemDetails Describe(Exception exception)
    {
        var qa = exception as QaException;
        // A deadlock or a lost database connection rolled the work back whole: the caller may simply send it again.
        var transient = qa == null && TransientDbFailure.Is(exception);
        if (transient) logger.LogWarning(exception, "Request rolled back by a transient database failure");
        else if (qa == null) logger.LogError(exception, "Unhandled error");
        var code = qa?.Code ?? (transient ? ErrorCodes.DatabaseUnavailable : ErrorCodes.Unexpected);
        var details = exception is ValidationException v
            ? new ValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value.Select(c => l[c].Value).ToArray()))
            : new ProblemDetails();
        details.Status = qa?.Status ?? (transient ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError);
        details.Title = qa == null ? l[code].Value : l[code, qa.Args].Value;
        details.Extensions["code"] = code;
        return details;
    }

    private ProblemDetails Describe(BadInputProblem.Result bad)
    {
        var details = bad.Errors.Count == 0
            ? new ProblemDetails()
            : new ValidationProblemDetails(bad.Errors.ToDictionary(e => e.Key, e => new[] { l[e.Value].Value }));
        details.Status = bad.Status;
        details.Title = l[bad.Code].Value;
        details.Extensions["code"] = bad.Code;
        return details;
    }
}
