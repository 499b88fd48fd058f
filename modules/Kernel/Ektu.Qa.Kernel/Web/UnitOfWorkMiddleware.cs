using Ektu.Qa.Kernel.Data;
using Microsoft.AspNetCore.Http;

namespace Ektu.Qa.Kernel.Web;

/// <summary>Wraps every non-GET request in one transaction: committed on success, rolled back on an exception or an error status.</summary>
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
        try
        {
            await next(context);
        }
        catch
        {
            await session.RollbackAsync();
            throw;
        }
        if (context.Response.StatusCode >= 400) await session.RollbackAsync();
        else await session.CommitAsync();
    }
}
