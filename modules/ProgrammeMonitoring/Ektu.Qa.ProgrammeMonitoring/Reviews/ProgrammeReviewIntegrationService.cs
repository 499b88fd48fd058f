namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>
/// The published changes of completed reviews for PublicReporting: public information by nature, so no permission or
/// scope applies (the reading module decides where it shows them).
/// </summary>
internal sealed class ProgrammeReviewIntegrationService(ReviewRepository repo) : IProgrammeReviewIntegrationService
{
    public Task<IReadOnlyList<PublishedChangeDto>> GetPublishedChangesAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        repo.PublishedAsync(from, to, ct);
}
