namespace Ektu.Qa.Reporting.Definitions;

/// <summary>
/// What a generator gets: services of a scope acting as the run's owner (so <c>IOrganizationScope</c> and permission
/// checks apply to them), validated parameter values, and a progress callback.
/// </summary>
public sealed class ReportContext
{
    public required IServiceProvider Services { get; init; }

    /// <summary>Validated values: string, int, DateOnly or Guid (Unit), or null when not given.</summary>
    public required IReadOnlyDictionary<string, object?> Parameters { get; init; }

    public DateTime NowUtc { get; init; }

    public T? Get<T>(string name) => Parameters.TryGetValue(name, out var v) && v is T t ? t : default;
}
