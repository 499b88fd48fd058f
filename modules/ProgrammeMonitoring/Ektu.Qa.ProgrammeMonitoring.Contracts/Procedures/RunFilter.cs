namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>Runs due in a year (the calendar), or only the overdue ones.</summary>
public sealed record RunFilter(int? Year = null, bool OverdueOnly = false);
