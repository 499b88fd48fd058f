namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// A narrow read of the register for other modules (accreditation coverage, evidence tags): every programme with its
/// school, without the caller's permission or scope, which the calling module applies to its own records.
/// School and department names are left empty.
/// </summary>
public interface IProgrammeIntegrationService
{
    Task<IReadOnlyList<ProgrammeDto>> GetProgrammesAsync(CancellationToken ct = default);

    /// <summary>One programme by id (null when there is none): checking a link reads one row, not the register.</summary>
    Task<ProgrammeDto?> FindProgrammeAsync(Guid id, CancellationToken ct = default);
}
