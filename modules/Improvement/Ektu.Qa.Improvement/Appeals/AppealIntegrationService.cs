namespace Ektu.Qa.Improvement.Appeals;

/// <summary>Appeals for other modules' reports, read straight from the repository with the overdue rule as of a day.</summary>
internal sealed class AppealIntegrationService(AppealRepository repo) : IAppealIntegrationService
{
    public async Task<IReadOnlyList<AppealDto>> GetReceivedAsync(
        IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to, DateOnly asOf, CancellationToken ct = default)
    {
        var list = await repo.GetAsync(false, unitIds, from, to, ct);
        // Resolved after the day, it was still open then.
        foreach (var a in list) a.IsOverdue = !(a.ResolvedOn is { } r && r <= asOf) && asOf > a.DueOn;
        return list;
    }
}
