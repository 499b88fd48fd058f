using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.ExternalAccreditation.Rankings;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.Rankings;

/// <summary>The university's ranking results (filtered by ranking), the programmes' top-5 share per year; a new result.</summary>
[Authorize(ExternalAccreditationPermissions.Rankings.Default)]
internal sealed class IndexModel(IRankingAppService rankings, IReadinessAppService readiness, IProgrammeIntegrationService programmes,
    ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? SystemId { get; set; }
    [BindProperty] public SaveRankingEntryInput Input { get; set; } = new();

    public IReadOnlyList<RankingEntryDto> Items { get; private set; } = [];
    public IReadOnlyList<RankingSystemDto> Systems { get; private set; } = [];
    public IReadOnlyList<TopFiveShareDto> TopFive { get; private set; } = [];
    public EntryForm Form { get; private set; } = null!;
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => rankings.CreateEntryAsync(Input, ct), () => RedirectToPage("/Rankings/Index"), () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the results shown.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<RankingEntryDto>("rankings", L["Menu:ExternalAccreditation.Rankings"], new ExcelColumn<RankingEntryDto>[]
        {
            new(L["ExternalAccreditation:Rankings.System"], e => e.SystemCode),
            new(L["ExternalAccreditation:Rankings.Year"], e => e.Year),
            new(L["ExternalAccreditation:Rankings.Programme"], e => e.ProgrammeName),
            new(L["ExternalAccreditation:Rankings.Position"], e => e.Position),
            new(L["ExternalAccreditation:Rankings.Band"], e => e.Band),
            new(L["ExternalAccreditation:Rankings.Indicators"], e => e.Indicators),
            new(L["ExternalAccreditation:Rankings.Evidence"], e => e.EvidenceTitle),
            new(L["ExternalAccreditation:Rankings.IsPublished"], e => e.IsPublished),
        }, await rankings.GetEntriesAsync(SystemId, ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await rankings.GetEntriesAsync(SystemId, ct);
        Systems = await rankings.GetSystemsAsync(ct);
        TopFive = await rankings.GetTopFiveSharesAsync(ct);
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Rankings.Manage);
        Form = await FormAsync(Input, true, Systems, readiness, programmes, user, ct);
    }

    /// <summary>The entry form's choices; evidence only for those who may read the evidence library.</summary>
    internal static async Task<EntryForm> FormAsync(SaveRankingEntryInput input, bool chooseSystem, IReadOnlyList<RankingSystemDto> systems,
        IReadinessAppService readiness, IProgrammeIntegrationService programmes, ICurrentUser user, CancellationToken ct)
    {
        var evidence = await user.HasPermissionAsync(ExternalAccreditationPermissions.Readiness.Default)
            ? await readiness.GetEvidenceAsync(new EvidenceFilter(), ct) : [];
        var list = (await programmes.GetProgrammesAsync(ct)).Where(p => p.Status != ProgrammeStatus.Closed).OrderBy(p => p.GroupCode).ToList();
        return new EntryForm(input, chooseSystem, systems, list, evidence);
    }
}
