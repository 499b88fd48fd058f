using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Input;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Identity.AuditLogs;

/// <summary>
/// The audit trail in the caller's organisation scope: entries of units in scope; entries that name no unit (sign-ins,
/// settings, platform changes) only for university-wide scopes. A day in the filter is the university's day
/// (<see cref="IUserClock"/>), as every time the page shows is. The Kernel's <see cref="IAuditLogReader"/> reads the table.
/// </summary>
internal sealed class AuditLogAppService(
    IAuditLogReader reader, ICurrentUser user, IOrganizationScope scopes, IUserClock clock, AuditText text) : IAuditLogAppService
{
    public async Task<PagedResult<AuditLogEntryDto>> GetListAsync(AuditLogFilter filter, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.AuditLog.Default);
        var query = new AuditLogQuery(await scopes.GetAsync(ct))
        {
            UserName = filter.UserName,
            Entity = filter.Entity,
            EntityId = filter.EntityId,
            Action = filter.Action,
            FromUtc = filter.From is { } from ? clock.StartUtc(from) : null,
            ToUtc = filter.To is { } to ? clock.StartUtc(DateWindow.AddDaysSafe(to, 1)) : null,
        };
        var page = await reader.GetPageAsync(query, filter.Page, filter.PageSize, ct);
        return new PagedResult<AuditLogEntryDto>(page.Items.Select(Named).ToList(), page.Total, page.Page, page.PageSize);
    }

    private AuditLogEntryDto Named(AuditLogRecord e) => new()
    {
        Id = e.Id,
        OccurredAt = e.OccurredAt,
        UserName = e.UserName,
        Module = e.Module,
        Entity = e.Entity,
        EntityId = e.EntityId,
        Action = e.Action,
        Changes = e.Changes,
        CorrelationId = e.CorrelationId,
        UnitId = e.UnitId,
        ModuleName = text.Module(e.Module),
        EntityName = text.Entity(e.Entity),
        ActionName = text.Action(e.Action),
        ChangeList = text.Changes(e.Changes),
    };
}
