namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// The difference from version <see cref="From"/> to <see cref="To"/>: every changed field and cell, the texts changed
/// in one language but not the others, and the outcomes that lost all their courses.
/// </summary>
public sealed record VersionDiffDto(
    int From, int To, IReadOnlyList<FieldChange> Changes, IReadOnlyList<LanguageGap> LanguageGaps, IReadOnlyList<int> OrphanedOutcomes);
