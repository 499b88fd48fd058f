using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.ExternalAccreditation.Rankings;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.Rankings;

/// <summary>One ranking result: position or band, the data submitted, the evidence, whether it is published.</summary>
[Authorize(ExternalAccreditationPermissions.Rankings.Default)]
internal sealed class EditModel(IRankingAppService rankings, IReadinessAppService readiness, IProgrammeIntegrationService programmes,
    ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public SaveRankingEntryInput Input { get; set; } = new();

    public RankingEntryDto Entry { get; private set; } = null!;
    public EntryForm Form { get; private set; } = null!;
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Input = new SaveRankingEntryInput
        {
            SystemId = Entry.SystemId, Year = Entry.Year, ProgrammeId = Entry.ProgrammeId, Position = Entry.Position, Band = Entry.Band,
            Indicators = Entry.Indicators, EvidenceId = Entry.EvidenceId, IsPublished = Entry.IsPublished, Version = Entry.Version,
        };
        Form = Form with { Input = Input };
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => rankings.UpdateEntryAsync(Id, Input, ct), () => RedirectToPage("/Rankings/Index"), () => LoadAsync(ct));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Entry = await rankings.GetEntryAsync(Id, ct);
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Rankings.Manage);
        Form = await IndexModel.FormAsync(Input, false, [], readiness, programmes, user, ct);
    }
}
