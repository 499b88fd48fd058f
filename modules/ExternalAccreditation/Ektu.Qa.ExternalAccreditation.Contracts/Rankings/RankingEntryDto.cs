namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>The university's (or one programme's) participation in one edition of a ranking: position or band, the data submitted.</summary>
public sealed class RankingEntryDto
{
    public Guid Id { get; init; }
    public Guid SystemId { get; init; }
    public string SystemCode { get; set; } = "";
    public string SystemName { get; set; } = "";

    /// <summary>The edition's year, as the ranking names it.</summary>
    public int Year { get; init; }

    public Guid? ProgrammeId { get; init; }
    public string? ProgrammeName { get; set; }
    public int? Position { get; init; }

    /// <summary>A band where the ranking publishes no exact place ("801–1000", "4 stars", "Top 5").</summary>
    public string? Band { get; init; }

    /// <summary>The indicators and the data submitted for this edition, as the ranking asked for them.</summary>
    public string? Indicators { get; init; }

    /// <summary>The evidence library document holding the submission, if any.</summary>
    public Guid? EvidenceId { get; init; }

    public string? EvidenceTitle { get; set; }

    /// <summary>Published results are the ones the public reporting reads.</summary>
    public bool IsPublished { get; init; }

    public int Version { get; init; }
}
