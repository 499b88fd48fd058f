namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>Moves the programme to <see cref="Target"/>; <see cref="Version"/> is the programme row's version.</summary>
public sealed record StatusChangeInput(ProgrammeStatus Target, int Version);
