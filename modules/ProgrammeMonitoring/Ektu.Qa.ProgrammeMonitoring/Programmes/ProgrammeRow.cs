namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>What the register row of a programme should hold after a change: the content it lists and its counters.</summary>
internal sealed record ProgrammeRow(Guid Id, ProgrammeContent Listed, ProgrammeStatus Status, int? ApprovedNumber, int LatestNumber,
    int OpenProposals);
