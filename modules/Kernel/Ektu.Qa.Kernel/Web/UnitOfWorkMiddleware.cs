using Ektu.Qa.Kernel.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// Wraps every non-GET request in one transaction: committed on success, rolled back on an exception or an error status.
/// The response is held back (in memory, on disk past 32 KB) until the commit has gone through: sent while the transaction
/// was still open, a commit that then failed (a deadlock, a cluster node that died) reached the client as a 201 cut off
/// mid-body, or as a whole one for a write that was never stored. Now such a request ends in a problem response instead.
/// </summary>
internal sealed class UnitOfWorkMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IDbSession session)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        {
            await next(context);
            return;
        }
        session.CorrelationId = context.TraceIdentifier;
        await session.BeginAsync(context.RequestAborted);
        var body = context.Features.Get<IHttpResponseBodyFeature>()!;
        await using var held = new FileBufferingWriteStream();
        var holding = new StreamResponseBodyFeature(held, body);
        context.Features.Set<IHttpResponseBodyFeature>(holding);
        try
        {
            await next(context);
            await holding.CompleteAsync(); // what was written through the pipe writer reaches the buffer
            if (context.Response.StatusCode >= 400) await session.RollbackAsync();
            else await session.CommitAsync();
        }
        catch
        {
            context.Features.Set(body);
            await session.RollbackAsync();
            throw;
        }
        context.Features.Set(body);
        await held.DrainBufferAsync(body.Writer, context.RequestAborted);
    }
}
