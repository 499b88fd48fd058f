using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Programmes;

/// <summary>The page approvers work from: what changed between two versions, cell by cell, in red and green.</summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class DiffModel(IProgrammeAppService programmes, ProgrammeUnits units) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public int From { get; set; }
    [BindProperty(SupportsGet = true)] public int To { get; set; }

    public ProgrammeDetailsDto Details { get; private set; } = null!;
    public VersionDiffDto Diff { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Details = await programmes.GetAsync(Id, ct);
        if (To == 0) To = Details.Latest.Number;
        if (From == 0) From = Details.Programme.ApprovedNumber is { } a && a != To ? a : Math.Max(1, To - 1);
        Diff = await programmes.DiffAsync(Id, From, To, ct);
        return Page();
    });

    /// <summary>The name of a compared field (or of a trilingual text's stem) in the current language.</summary>
    public string FieldName(string field) => L[$"ProgrammeMonitoring:Field.{field}"];

    /// <summary>A value as a person reads it: unit names instead of ids, enum values by their names.</summary>
    public async Task<string?> ShowAsync(FieldChange c, string? value) => value == null ? null : (c.Section, c.Field) switch
    {
        (_, "SchoolId" or "DepartmentId") when Guid.TryParse(value, out var unit) => await units.NameAsync(unit, HttpContext.RequestAborted),
        (DiffSection.Programme, "Level") => Names("ProgrammeLevel", value),
        (DiffSection.Map, "Level") => Names("CoverageLevel", value),
        (_, "Languages") => Names("InstructionLanguage", value),
        (_, "StudyForms") => Names("StudyForm", value),
        _ => value,
    };

    private string Names(string type, string values) =>
        string.Join(", ", values.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(v => L[$"Enum:{type}.{v}"].Value));
}
