namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>A new ranking system or its update (<see cref="Version"/> then required).</summary>
public sealed class SaveRankingSystemInput
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public bool RanksProgrammes { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
