namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>A ranking the university takes part in (QS WUR, THE Impact, Atameken…), reference data the university edits.</summary>
public sealed class RankingSystemDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";

    /// <summary>Ranks educational programmes (Atameken) rather than the university: each entry names a programme.</summary>
    public bool RanksProgrammes { get; init; }

    public bool IsActive { get; init; }
    public int Version { get; init; }
}
