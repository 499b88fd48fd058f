namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>
/// The hook for survey results in a review's stakeholder input. InformationManagement has no integration service yet that
/// reports satisfaction per programme; when it has one, an implementation reading it through its Contracts replaces
/// <see cref="NoStakeholderSatisfactionSource"/> and the review page shows the figure next to the typed input.
/// </summary>
internal interface IStakeholderSatisfactionSource
{
    /// <summary>Share of satisfied respondents (0–100) among the programme's students and employers in a year; null = no survey data.</summary>
    Task<decimal?> GetSatisfactionAsync(Guid programmeId, int year, CancellationToken ct);
}

/// <summary>No survey source yet: reviews rely on the stakeholder input typed by hand and the recorded Satisfaction indicator.</summary>
internal sealed class NoStakeholderSatisfactionSource : IStakeholderSatisfactionSource
{
    public Task<decimal?> GetSatisfactionAsync(Guid programmeId, int year, CancellationToken ct) => Task.FromResult<decimal?>(null);
}
