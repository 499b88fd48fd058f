using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Curriculum;

/// <summary>
/// The courses and curriculum map of a version with its gaps (outcomes no course covers, courses covering no outcome);
/// editable while the version is open, and saved as a new version.
/// </summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class MapModel(ICurriculumAppService curriculum, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public int Number { get; set; }
    [BindProperty] public CurriculumForm Input { get; set; } = new();

    public CurriculumDto Curriculum { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Input = CurriculumForm.From(Curriculum);
        if (CanEdit) Input.Pad();
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var saved = await curriculum.SaveAsync(Id, Number, Input.ToInput(), ct);
        return RedirectToPage("/Curriculum/Map", new { id = Id, number = saved.Number });
    });

    protected override async Task ReloadAsync() => await LoadAsync(HttpContext.RequestAborted);

    /// <summary>"Export to Excel": the courses of this version with the outcomes each covers.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var c = await curriculum.GetAsync(Id, Number, ct);
        string Covers(Course x) => string.Join(", ", c.Map.Where(m => m.CourseCode == x.Code).Select(m => $"{m.Outcome} ({L.Enum(m.Level)})"));
        return new ExcelFileResult<Course>($"curriculum-{Number}", L["ProgrammeMonitoring:Curriculum"], new ExcelColumn<Course>[]
        {
            new(L["ProgrammeMonitoring:CourseCode"], x => x.Code),
            new(L["ProgrammeMonitoring:TitleKk"], x => x.TitleKk),
            new(L["ProgrammeMonitoring:TitleRu"], x => x.TitleRu),
            new(L["ProgrammeMonitoring:TitleEn"], x => x.TitleEn),
            new(L["ProgrammeMonitoring:Credits"], x => x.Credits),
            new(L["ProgrammeMonitoring:Semester"], x => x.Semester),
            new(L["ProgrammeMonitoring:CoversOutcomes"], Covers),
        }, c.Courses);
    });

    private async Task LoadAsync(CancellationToken ct)
    {
        Curriculum = await curriculum.GetAsync(Id, Number, ct);
        CanEdit = Curriculum.State == VersionState.Open && await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
    }
}
