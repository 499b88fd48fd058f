using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>
/// The programmes monitoring records hang on, with the register's scope: a programme outside the caller's school or
/// department answers 404 exactly as the register does, and so does every record of it.
/// </summary>
internal sealed class MonitoredProgrammes(ProgrammeRepository repo, ProgrammeUnits units, Kernel.Timing.IUserClock clock)
{
    private IReadOnlyDictionary<Guid, ProgrammeDto>? _visible;

    public async Task<ProgrammeDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var p = await repo.FindAsync(id, ct);
        if (p == null || !await units.SeesAsync(p.SchoolId, p.DepartmentId, ct)) throw new EntityNotFoundException("Programme", id);
        p.SchoolName = await units.NameAsync(p.SchoolId, ct);
        p.DepartmentName = await units.NameAsync(p.DepartmentId, ct);
        return p;
    }

    /// <summary>Every programme the caller sees, by id, named.</summary>
    public async Task<IReadOnlyDictionary<Guid, ProgrammeDto>> VisibleAsync(CancellationToken ct)
    {
        if (_visible != null) return _visible;
        var scope = await units.ScopeAsync(ct);
        var list = await repo.ListAsync(scope.All, scope.UnitIds, new ProgrammeListInput(), ct);
        foreach (var p in list) p.SchoolName = await units.NameAsync(p.SchoolId, ct);
        return _visible = list.ToDictionary(p => p.Id);
    }

    /// <summary>The day the approved version was approved: where the review cycle counts from until a periodic review ends.</summary>
    public async Task<DateOnly?> ApprovedOnAsync(ProgrammeDto p, CancellationToken ct) =>
        p.ApprovedNumber is { } n && await repo.FindVersionAsync(p.Id, n, ct) is { ApprovedAt: { } at }
            ? DateOnly.FromDateTime(clock.Local(at))
            : null;
}
