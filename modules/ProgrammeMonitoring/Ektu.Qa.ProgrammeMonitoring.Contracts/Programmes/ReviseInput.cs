namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>A change to a version: the whole new content and why; the result is always a new version.</summary>
public sealed record ReviseInput(ProgrammeContent Content, string? Note = null);
