using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Programmes;

/// <summary>A new programme (no id), or a change to open version <see cref="Number"/>, saved as a new version.</summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Manage)]
internal sealed class EditModel(IProgrammeAppService programmes, ProgrammeUnits units) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Number { get; set; }
    [BindProperty] public ProgrammeForm Input { get; set; } = new();

    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public ProgrammeVersionDto? Revised { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        if (Revised != null) Input = ProgrammeForm.From(Revised.Content);
        Input.PadOutcomes();
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        var school = (await units.AllAsync(ct)).GetValueOrDefault(Input.DepartmentId)?.ParentId ?? Guid.Empty;
        if (Revised == null)
        {
            var created = await programmes.CreateAsync(Input.ToContent(null, school), ct);
            return RedirectToPage("/Programmes/Details", new { id = created.Programme.Id });
        }
        var v = await programmes.ReviseAsync(Id!.Value, Revised.Number, new ReviseInput(Input.ToContent(Revised.Content, school), Input.Note), ct);
        return RedirectToPage("/Programmes/Details", new { id = v.ProgrammeId });
    });

    protected override async Task ReloadAsync()
    {
        await LoadAsync(HttpContext.RequestAborted);
        Input.PadOutcomes();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await units.ChoicesAsync(ct);
        if (Id is { } id) Revised = await programmes.GetVersionAsync(id, Number ?? (await programmes.GetAsync(id, ct)).Latest.Number, ct);
    }
}
