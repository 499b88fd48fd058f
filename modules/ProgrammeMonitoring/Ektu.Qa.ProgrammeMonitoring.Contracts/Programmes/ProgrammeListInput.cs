namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>Filter of the register: text in a code or title, a school, a status, a level.</summary>
public sealed record ProgrammeListInput(string? Search = null, Guid? SchoolId = null, ProgrammeStatus? Status = null, ProgrammeLevel? Level = null);
