using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.Improvement.Appeals;

/// <summary>
/// The programmes an appeal may name: those of the addressed unit's school, or of every school when it is addressed to a
/// university office. The register answers through <see cref="IAppealProgrammeCatalog"/>; without the module that keeps it
/// there is nothing to name. A closed or suspended programme may still be named: appeals about them are real.
/// </summary>
internal sealed class AppealProgrammes(IEnumerable<IAppealProgrammeCatalog> catalogs, IUnitDirectory units)
{
    private IAppealProgrammeCatalog? Catalog => catalogs.LastOrDefault();

    /// <summary>The choices for an appeal addressed to <paramref name="unitId"/> (every school's when no unit is chosen yet).</summary>
    public async Task<IReadOnlyList<AppealProgrammeDto>> ForUnitAsync(Guid? unitId, CancellationToken ct)
    {
        if (Catalog is not { } catalog) return [];
        var unit = unitId is { } id ? await units.FindAsync(id, ct) : null;
        return await catalog.GetProgrammesAsync(unit == null ? null : (await SchoolOfAsync(unit, ct))?.Id, ct);
    }

    public async Task<AppealProgrammeDto?> FindAsync(Guid id, CancellationToken ct) =>
        Catalog is { } catalog ? await catalog.FindAsync(id, ct) : null;

    /// <summary>Refuses (field <c>ProgrammeId</c>) a programme the register does not know or one of another school than the unit's.</summary>
    public async Task EnsureFitsAsync(Guid? programmeId, OrganizationUnitDto unit, CancellationToken ct)
    {
        if (programmeId is not { } id) return;
        var p = await FindAsync(id, ct) ?? throw ValidationException.For("ProgrammeId", AppealErrorCodes.ProgrammeUnknown);
        if (await SchoolOfAsync(unit, ct) is { } school && p.SchoolId != school.Id)
            throw ValidationException.For("ProgrammeId", AppealErrorCodes.ProgrammeOtherSchool);
    }

    private async Task<OrganizationUnitDto?> SchoolOfAsync(OrganizationUnitDto unit, CancellationToken ct) =>
        unit.Kind == OrganizationUnitKind.School ? unit : await units.AncestorAsync(unit.Id, OrganizationUnitKind.School, ct);
}
