using System.Globalization;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Reporting.Domain;
using Ektu.Qa.Reporting.Permissions;
using Ektu.Qa.Reporting.Schedules;
using Ektu.Qa.Reporting.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Reporting.Areas.Reporting.Pages.Schedules;

/// <summary>Report schedules: when each fires (in words, in the current language) and when next; delete with Manage.</summary>
[Authorize(ReportingPermissions.Schedules.Default)]
internal sealed class IndexModel(IReportScheduleAppService schedules, IQaScheduler scheduler, ICurrentUser user, ReportingView view) : QaPageModel
{
    [BindProperty] public Guid DeleteId { get; set; }

    public IReadOnlyList<Item> Items { get; private set; } = [];
    public bool CanManage { get; private set; }
    public ReportingView View => view;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await ReloadAsync();
        return Page();
    });

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await schedules.DeleteAsync(DeleteId, ct);
        return Redirect("/Reporting/Schedules");
    });

    protected override async Task ReloadAsync()
    {
        CanManage = await user.HasPermissionAsync(ReportingPermissions.Schedules.Manage);
        var items = new List<Item>();
        foreach (var s in await schedules.GetListAsync(HttpContext.RequestAborted))
        {
            DateTime? next = null;
            if (s.Enabled)
            {
                try { next = (await scheduler.NextFireTimesAsync(s.Cron, s.TimeZone, 1)).Select(t => (DateTime?)view.ToLocal(t, s.TimeZone)).FirstOrDefault(); }
                catch (ValidationException) { /* a zone missing on this host: the list still shows the schedule */ }
            }
            items.Add(new Item(s, CronDescriber.Describe(s.Cron, L, CultureInfo.CurrentCulture), next));
        }
        Items = items;
    }

    internal sealed record Item(ReportScheduleDto Schedule, string Description, DateTime? Next);
}
