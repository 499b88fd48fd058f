namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>A monitored indicator: code, names in three languages, unit of measure, level, period kind and threshold.</summary>
public sealed class IndicatorDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string NameKk { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string Name => Kernel.Localization.LocalizerExtensions.Pick(NameKk, NameRu, NameEn);

    /// <summary>The unit of measure as people write it: "%", "persons", "points".</summary>
    public string Measure { get; init; } = "";

    public IndicatorLevel Level { get; init; }
    public PeriodKind PeriodKind { get; init; }
    public decimal? Threshold { get; init; }
    public ThresholdDirection Direction { get; init; }

    /// <summary>Whether the dashboard charts this indicator for the units the reader sees.</summary>
    public bool OnDashboard { get; init; }

    /// <summary>The newest period with a value in the caller's scope, and how many of its values miss the threshold.</summary>
    public string? LatestPeriod { get; set; }

    public int LatestNotMet { get; set; }
    public int Version { get; init; }
}
