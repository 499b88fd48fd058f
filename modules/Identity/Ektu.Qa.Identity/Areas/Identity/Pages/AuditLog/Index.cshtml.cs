using Ektu.Qa.Identity.AuditLogs;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.AuditLog;

/// <summary>
/// The audit trail: filter by user, entity, one entity's history, action and the university's days; export the filter to
/// Excel. Names, changes and times read as on the page (<see cref="AuditText"/>), never as stored codes or JSON.
/// </summary>
[Authorize(IdentityPermissions.AuditLog.Default)]
internal sealed class IndexModel(IAuditLogAppService audit, AuditText text) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? EntityId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public AuditLogFilter Filter =>
        new() { UserName = UserName, Entity = Entity, EntityId = EntityId, Action = Action, From = From, To = To, Page = PageNumber };
    public PagedResult<AuditLogEntryDto> Result { get; private set; } = new([], 0, 1, 50);

    public IReadOnlyList<KeyValuePair<string, string>> Entities => text.Entities();

    public IReadOnlyList<KeyValuePair<string, string>> Actions => text.Actions();

    public async Task OnGetAsync(CancellationToken ct) => Result = await audit.GetListAsync(Filter, ct);

    /// <summary>Every entry of the filter (in the caller's scope), through the Kernel's streaming writer.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await PagedExport.AllAsync((page, size) =>
        {
            var f = Filter;
            f.Page = page;
            f.PageSize = size;
            return audit.GetListAsync(f, ct);
        });
        return new ExcelFileResult<AuditLogEntryDto>("audit-log", L["Menu:Identity.AuditLog"],
        [
            new(L["Identity:AuditLog.OccurredAt"], e => Clock.Local(e.OccurredAt)),
            new(L["Identity:AuditLog.User"], e => e.UserName),
            new(L["Identity:AuditLog.Module"], e => e.ModuleName),
            new(L["Identity:AuditLog.Entity"], e => e.EntityName),
            new(L["Identity:AuditLog.EntityId"], e => e.EntityId.ToString()),
            new(L["Identity:AuditLog.Action"], e => e.ActionName),
            new(L["Identity:AuditLog.Changes"], e => string.Join('\n', e.ChangeList)),
        ], rows);
    }
}
