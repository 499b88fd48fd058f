namespace Ektu.Qa.Improvement.Appeals;

/// <summary>
/// The programmes an appeal may name. The register belongs to ProgrammeMonitoring, which already depends on Improvement's
/// contracts, so Improvement declares what it needs here and ProgrammeMonitoring implements it (a reference the other way
/// would close a module cycle). Read without the caller's permission: anyone may address an appeal about any programme.
/// </summary>
public interface IAppealProgrammeCatalog
{
    /// <summary>Programmes of a school, or of every school when <paramref name="schoolId"/> is null; closed ones included.</summary>
    Task<IReadOnlyList<AppealProgrammeDto>> GetProgrammesAsync(Guid? schoolId, CancellationToken ct = default);

    Task<AppealProgrammeDto?> FindAsync(Guid id, CancellationToken ct = default);
}
