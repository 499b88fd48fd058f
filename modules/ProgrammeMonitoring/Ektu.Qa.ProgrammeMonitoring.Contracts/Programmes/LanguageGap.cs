namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>A trilingual text changed in some languages but not in the others (e.g. the Kazakh title only).</summary>
public sealed record LanguageGap(DiffSection Section, string Key, string Field, IReadOnlyList<string> Changed, IReadOnlyList<string> Unchanged);
