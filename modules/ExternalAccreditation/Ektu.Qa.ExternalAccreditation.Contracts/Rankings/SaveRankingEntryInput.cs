namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>A new ranking entry or its update (<see cref="Version"/> then required; the system stays).</summary>
public sealed class SaveRankingEntryInput
{
    public Guid SystemId { get; set; }
    public int Year { get; set; }
    public Guid? ProgrammeId { get; set; }
    public int? Position { get; set; }
    public string? Band { get; set; }
    public string? Indicators { get; set; }
    public Guid? EvidenceId { get; set; }
    public bool IsPublished { get; set; }
    public int Version { get; set; }
}
