using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Procedures;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Procedures;

/// <summary>A run of a procedure: its record (findings, one evidence file) and its actions raised as CAPA items.</summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class RunModel(IProcedureAppService procedures, ICapaIntegrationService capa, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public string? Findings { get; set; }
    /// <summary>The evidence file, posted as <c>File</c> (the field the upload check reports on).</summary>
    [BindProperty(Name = "File")] public IFormFile? Upload { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public RaiseRunActionInput Input { get; set; } = new();

    public ProcedureRunDto Run { get; private set; } = null!;
    public IReadOnlyList<CapaItemDto> Actions { get; private set; } = [];
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Findings = Run.Findings;
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        await using var stream = Upload?.OpenReadStream();
        await procedures.RecordRunAsync(Id, new RecordRunInput
        {
            Findings = Findings ?? "", FileName = Upload?.FileName, File = stream, Version = Version,
        }, ct);
    }, Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostActionAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => procedures.RaiseActionAsync(Id, Input, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnGetEvidenceAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var file = await procedures.OpenEvidenceAsync(Id, ct);
        return File(file.Content, file.ContentType, file.FileName);
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private IActionResult Back() => RedirectToPage("/Procedures/Run", new { id = Id });

    private async Task LoadAsync(CancellationToken ct)
    {
        Run = await procedures.GetRunAsync(Id, ct);
        Actions = await capa.GetBySourceAsync(ProcedureCapaSources.Run, Id, ct);
        CanManage = await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
    }
}
