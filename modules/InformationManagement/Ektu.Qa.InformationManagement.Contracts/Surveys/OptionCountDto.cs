namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>How many chose an option, now and in last year's survey of the same template (null when that one is hidden or absent).</summary>
public sealed record OptionCountDto(string Value, string Label, int Count, int? PreviousCount);
