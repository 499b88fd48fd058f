namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>For PublicReporting: the changes completed reviews published, by completion day (public information).</summary>
public interface IProgrammeReviewIntegrationService
{
    Task<IReadOnlyList<PublishedChangeDto>> GetPublishedChangesAsync(DateOnly from, DateOnly to, CancellationToken ct = default);
}
