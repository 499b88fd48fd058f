namespace Ektu.Qa.ProgrammeMonitoring.Related;

/// <summary>
/// Checks of a programme planned by another module (the QA commission's monitoring events). That module depends on this
/// one, so it implements this interface rather than this module reading its contracts, which would close a cycle.
/// </summary>
public interface IProgrammeCheckSource
{
    /// <summary>
    /// The checks of the programme the caller may see under the source's own permission and scope, or null when the caller
    /// may see none of the source's records (the programme page then leaves the section out).
    /// </summary>
    Task<IReadOnlyList<ProgrammeCheckDto>?> GetChecksAsync(Guid programmeId, CancellationToken ct = default);
}
