namespace Ektu.Qa.Improvement.Appeals;

/// <summary>Appeals for other modules' reports.</summary>
public interface IAppealIntegrationService
{
    /// <summary>
    /// Appeals now at the given units received from <paramref name="from"/> to <paramref name="to"/>, overdue as of the end of
    /// <paramref name="asOf"/>. For reports: the calling module has already decided the caller may see these units.
    /// </summary>
    Task<IReadOnlyList<AppealDto>> GetReceivedAsync(
        IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to, DateOnly asOf, CancellationToken ct = default);
}
