using Ektu.Qa.Improvement.Appeals;

namespace Ektu.Qa.ProgrammeMonitoring.Related;

/// <summary>
/// Other modules' records about a programme, for its page and the API: the appeals naming it and the QA commission's checks
/// of it. The programme answers 404 outside the caller's scope; each list is then cut by its own module's permission and
/// scope, and a caller with no right to a kind of record gets 403 for it (the page leaves it out).
/// </summary>
public interface IProgrammeRelatedAppService
{
    Task<IReadOnlyList<AppealDto>> GetAppealsAsync(Guid programmeId, CancellationToken ct = default);

    Task<IReadOnlyList<ProgrammeCheckDto>> GetChecksAsync(Guid programmeId, CancellationToken ct = default);
}
