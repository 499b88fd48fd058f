namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>Two open proposals that change the same field or cell to different values.</summary>
public sealed record ProposalConflictDto(int NumberA, int NumberB, string Path, string? ValueA, string? ValueB);
