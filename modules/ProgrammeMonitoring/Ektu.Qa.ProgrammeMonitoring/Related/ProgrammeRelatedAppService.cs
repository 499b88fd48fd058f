using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Permissions;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Related;

/// <summary>
/// Appeals through Improvement's app service (its permission and unit scope apply there); checks through every registered
/// <see cref="IProgrammeCheckSource"/>. Without a right the list is refused, never shown as a bare count: a count of
/// complaints about a programme is itself information the owning module has not granted.
/// </summary>
internal sealed class ProgrammeRelatedAppService(
    ProgrammeRepository repo, ProgrammeUnits units, ICurrentUser user, IAppealAppService appeals, IEnumerable<IProgrammeCheckSource> checks)
    : IProgrammeRelatedAppService
{
    public async Task<IReadOnlyList<AppealDto>> GetAppealsAsync(Guid programmeId, CancellationToken ct = default)
    {
        await EnsureVisibleAsync(programmeId, ct);
        await user.EnsureAsync(ImprovementPermissions.Appeals.Default);
        return await appeals.GetListAsync(new AppealFilter { ProgrammeId = programmeId }, ct);
    }

    public async Task<IReadOnlyList<ProgrammeCheckDto>> GetChecksAsync(Guid programmeId, CancellationToken ct = default)
    {
        await EnsureVisibleAsync(programmeId, ct);
        var lists = new List<IReadOnlyList<ProgrammeCheckDto>>();
        foreach (var source in checks)
            if (await source.GetChecksAsync(programmeId, ct) is { } list) lists.Add(list);
        if (lists.Count == 0) throw new QaException(ErrorCodes.Forbidden, 403);
        return [.. lists.SelectMany(l => l).OrderBy(c => c.StartsOn).ThenBy(c => c.Title, StringComparer.CurrentCulture)];
    }

    private async Task EnsureVisibleAsync(Guid id, CancellationToken ct)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var p = await repo.FindAsync(id, ct);
        if (p == null || !await units.SeesAsync(p.SchoolId, p.DepartmentId, ct)) throw new EntityNotFoundException("Programme", id);
    }
}
