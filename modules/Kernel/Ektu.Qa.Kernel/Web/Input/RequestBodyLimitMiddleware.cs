using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Ektu.Qa.Kernel.Web.Input;

/// <summary>
/// One body limit for every server: a declared length over it is refused at once with 413, and a body without a declared
/// length is cut off there by the server's own feature (Kestrel). In-process servers without that feature get the same answer.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    /// <summary>Kestrel's default (about 28.6 MiB): room for a 20 MiB upload and its multipart framing.</summary>
    public const long MaxBodyBytes = 30_000_000;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        return next(context);
    }
}
