namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>Records an inclusion in or exclusion from the national register; <see cref="Version"/> is the programme row's version.</summary>
public sealed record RegisterEventInput(RegisterEventKind Kind, DateOnly On, string Reference, int Version);
