namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>A document of the evidence library, tagged by ESG standard, programme and period; stale when too old.</summary>
public sealed class EvidenceDocumentDto
{
    public Guid Id { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public string Title { get; init; } = "";

    /// <summary>ESG 2015 standard number, 1 to 10.</summary>
    public int EsgStandard { get; init; }

    public string? Programme { get; init; }
    public string Period { get; init; } = "";

    /// <summary>The day the document was issued or last brought up to date; freshness counts from it.</summary>
    public DateOnly DocumentDate { get; init; }

    /// <summary>Where the document is kept (a link to the portal or the archive reference).</summary>
    public string Location { get; init; } = "";

    public bool IsStale { get; set; }
    public int Version { get; init; }
}
