using Ektu.Qa.Identity.AuditLogs;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.AuditLog;

/// <summary>The audit trail: filter by user, entity, one entity's history, action and dates; export the filter to Excel.</summary>
[Authorize(IdentityPermissions.AuditLog.Default)]
internal sealed class IndexModel(IAuditLogAppService audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? EntityId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public AuditLogFilter Filter => new() { UserName = UserName, Entity = Entity, EntityId = EntityId, Action = Action, From = From, To = To, Page = PageNumber };
    public PagedResult<AuditLogEntryDto> Result { get; private set; } = new([], 0, 1, 50);
    public string QueryString => string.Join("&", Request.Query.Where(q => q.Key is not "page" and not "handler").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}"));

    public async Task OnGetAsync(CancellationToken ct) => Result = await audit.GetListAsync(Filter, ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        Response.ContentType = FileInspector.ContentType("xlsx");
        Response.Headers.ContentDisposition = $"attachment; filename=audit-log-{DateTime.UtcNow:yyyyMMdd-HHmm}.xlsx";
        // OpenXml needs a seekable stream for the package; buffer in a temp file, then copy to the response.
        await using var tmp = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await audit.ExportAsync(Filter, tmp, ct);
        tmp.Position = 0;
        await tmp.CopyToAsync(Response.Body, ct);
        return new EmptyResult();
    }
}
