using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>Which change of the national register to request.</summary>
public sealed record RegisterRequestInput(RegisterEventKind Kind);
