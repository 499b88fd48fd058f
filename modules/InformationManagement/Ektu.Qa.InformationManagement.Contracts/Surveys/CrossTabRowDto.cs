namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>One option's counts per column of a cross-tab; null where the column is hidden.</summary>
public sealed record CrossTabRowDto(string Label, IReadOnlyList<int?> Counts);
