using System.Globalization;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Permissions;
using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.Reporting.Schedules;
using Ektu.Qa.Reporting.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Reporting.Areas.Reporting.Pages.Schedules;

/// <summary>
/// The schedule editor: a cron builder (simple fields, or a raw Quartz cron), its preview in words and the next five
/// fire times, parameters, format, language, recipients. An invalid cron is a field error and nothing is saved.
/// </summary>
[Authorize(ReportingPermissions.Schedules.Manage)]
internal sealed class EditModel(IReportScheduleAppService schedules, IReportAppService reports, IQaScheduler scheduler, ReportingView view)
    : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReportKey { get; set; }
    [BindProperty] public ScheduleForm Input { get; set; } = new();

    public IReadOnlyList<ReportDefinitionDto> Catalogue { get; private set; } = [];
    public ReportDefinitionDto? Report { get; private set; }
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public CronPreviewModel? Preview { get; private set; }

    public static readonly CronKind[] BuilderKinds =
        [CronKind.Daily, CronKind.Weekdays, CronKind.Weekly, CronKind.Monthly, CronKind.Hourly, CronKind.EveryMinutes, CronKind.Raw];

    /// <summary>Monday first.</summary>
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        if (Id is { } id)
        {
            Input = ScheduleForm.From(await schedules.GetAsync(id, ct));
        }
        else
        {
            var language = LocalizationStore.CurrentLanguage();
            Input = new ScheduleForm { ReportKey = ReportKey ?? "", TimeZone = view.DefaultTimeZone,
                Culture = language is "kk" or "ru" or "en" ? language : "ru" };
        }
        await ReloadAsync();
        if (Report != null) Input.Format = Report.Formats.Contains(Input.Format) ? Input.Format : Report.Formats[0];
        return Page();
    });

    /// <summary>The htmx preview of the builder's current fields.</summary>
    public async Task<IActionResult> OnGetPreviewAsync([Bind(Prefix = "Input")] ScheduleForm form) =>
        Partial("_CronPreview", await PreviewAsync(form));

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(async () =>
        {
            var input = Input.ToInput();
            if (Id is { } id) await schedules.UpdateAsync(id, input, ct);
            else await schedules.CreateAsync(input, ct);
            return RedirectToPage("/Schedules/Index");
        });

    protected override async Task ReloadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Catalogue = await reports.GetCatalogueAsync(ct);
        Report = Catalogue.FirstOrDefault(r => r.Key == Input.ReportKey);
        if (Report != null) Units = await view.UnitsFor(Report.Parameters, ct);
        Preview = await PreviewAsync(Input);
    }

    private async Task<CronPreviewModel> PreviewAsync(ScheduleForm form)
    {
        var zone = string.IsNullOrWhiteSpace(form.TimeZone) ? view.DefaultTimeZone : form.TimeZone.Trim();
        try
        {
            var cron = form.BuildCron();
            var times = await scheduler.NextFireTimesAsync(cron, zone, 5);
            return new CronPreviewModel
            {
                Cron = cron, TimeZone = zone, Description = CronDescriber.Describe(cron, L, CultureInfo.CurrentCulture),
                Times = times.Select(t => view.ToLocal(t, zone)).ToList(),
            };
        }
        catch (ValidationException e)
        {
            return new CronPreviewModel { Errors = e.Errors.SelectMany(kv => kv.Value).Select(code => L[code].Value).ToList() };
        }
    }
}
