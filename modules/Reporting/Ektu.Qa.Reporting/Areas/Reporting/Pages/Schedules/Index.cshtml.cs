using System.Globalization;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Reporting.Permissions;
using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.Reporting.Schedules;
using Ektu.Qa.Reporting.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Reporting.Areas.Reporting.Pages.Schedules;

/// <summary>Report schedules: when each fires (in words, in the current language) and when next; delete with Manage.</summary>
[Authorize(ReportingPermissions.Schedules.Default)]
internal sealed class IndexModel(IReportScheduleAppService schedules, IQaScheduler scheduler, ICurrentUser user, ReportingView view,
    IIdentityIntegrationService identity) : QaPageModel
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
        return RedirectToPage("/Schedules/Index");
    });

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        await ReloadAsync();
        var units = (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        return new ExcelFileResult<Item>("report-schedules", L["Menu:Reporting.Schedules"],
        [
            new(L["Reporting:Report"], i => L[view.NameKey(i.Schedule.ReportKey)].Value),
            new(L["Reporting:When"], i => i.Description),
            new(L["Reporting:Cron"], i => i.Schedule.Cron),
            new(L["Reporting:TimeZone"], i => i.Schedule.TimeZone),
            new(L["Reporting:NextRun"], i => i.Schedule.Enabled ? i.Next : null),
            new(L["Reporting:Format"], i => L.Enum(i.Schedule.Format)),
            new(L["Reporting:Recipients"], i => i.Schedule.Recipients.Replace(";", "; ")),
            new(L["Reporting:Owner"], i => i.Schedule.OwnerName),
            new(L["Reporting:Unit"], i => i.Schedule.UnitId is { } u ? units.GetValueOrDefault(u) : L["Reporting:WholeUniversity"].Value),
            new(L["Reporting:Enabled"], i => i.Schedule.Enabled),
        ], Items);
    }

    protected override async Task ReloadAsync()
    {
        CanManage = await user.HasPermissionAsync(ReportingPermissions.Schedules.Manage);
        var items = new List<Item>();
        foreach (var s in await schedules.GetListAsync(HttpContext.RequestAborted))
        {
            DateTime? next = null;
            if (s.Enabled)
            {
                try { next = (await scheduler.NextFireTimesAsync(s.Cron, s.TimeZone, 1)).Select(t => (DateTime?)view.ToLocal(t, s.TimeZone))
                    .FirstOrDefault(); }
                catch (ValidationException) { /* a zone missing on this host: the list still shows the schedule */ }
            }
            items.Add(new Item(s, CronDescriber.Describe(s.Cron, L, CultureInfo.CurrentCulture), next));
        }
        Items = items;
    }

    internal sealed record Item(ReportScheduleDto Schedule, string Description, DateTime? Next);
}
