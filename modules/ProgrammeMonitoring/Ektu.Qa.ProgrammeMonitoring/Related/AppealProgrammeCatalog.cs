using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Related;

/// <summary>The register as Improvement's appeal form needs it: every programme, of one school or of all, whatever its status.</summary>
internal sealed class AppealProgrammeCatalog(ProgrammeRepository repo) : IAppealProgrammeCatalog
{
    public async Task<IReadOnlyList<AppealProgrammeDto>> GetProgrammesAsync(Guid? schoolId, CancellationToken ct = default) =>
        [.. (await repo.ListAsync(true, [], new ProgrammeListInput(SchoolId: schoolId), ct)).Select(Of)];

    public async Task<AppealProgrammeDto?> FindAsync(Guid id, CancellationToken ct = default) =>
        await repo.FindAsync(id, ct) is { } p ? Of(p) : null;

    private static AppealProgrammeDto Of(ProgrammeDto p) => new()
    {
        Id = p.Id, Code = p.GroupCode, TitleKk = p.TitleKk, TitleRu = p.TitleRu, TitleEn = p.TitleEn, SchoolId = p.SchoolId,
    };
}
