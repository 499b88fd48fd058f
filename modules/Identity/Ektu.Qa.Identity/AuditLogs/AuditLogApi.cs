using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Identity.AuditLogs;

/// <summary>REST endpoints of the audit log under /api/identity; the app service checks the permission.</summary>
internal sealed class AuditLogApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/identity", "Identity");

        api.MapGet("/audit-log", (IAuditLogAppService s, [AsParameters] AuditLogQuery q, CancellationToken ct) => s.GetListAsync(q.ToFilter(), ct))
            .WithName("Identity_ListAuditLog").WithSummary("Lists audit-log entries, filtered and paged")
            .WithPermission(IdentityPermissions.AuditLog.Default);
    }

    /// <summary>Query-string form of <see cref="AuditLogFilter"/>.</summary>
    internal sealed record AuditLogQuery(string? UserName, string? Entity, Guid? EntityId, string? Action, DateOnly? From, DateOnly? To, int? Page,
        int? PageSize)
    {
        public AuditLogFilter ToFilter() => new()
        {
            UserName = UserName, Entity = Entity, EntityId = EntityId, Action = Action, From = From, To = To,
            Page = Page ?? 1, PageSize = PageSize ?? 50,
        };
    }
}
