namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>A programme with every version (newest first) and its register events (in date order).</summary>
public sealed record ProgrammeDetailsDto(ProgrammeDto Programme, IReadOnlyList<ProgrammeVersionDto> Versions,
    IReadOnlyList<RegisterEventDto> RegisterEvents)
{
    public ProgrammeVersionDto Latest => Versions[0];
}
