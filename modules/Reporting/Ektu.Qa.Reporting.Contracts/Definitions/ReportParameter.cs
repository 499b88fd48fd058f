namespace Ektu.Qa.Reporting.Definitions;

/// <summary>A typed parameter of a report; values arrive as invariant strings and are validated before a run is queued.</summary>
public sealed class ReportParameter
{
    public required string Name { get; init; }

    /// <summary>Localization key of the label.</summary>
    public required string LabelKey { get; init; }

    public ReportParameterType Type { get; init; } = ReportParameterType.Text;

    public bool Required { get; init; }

    /// <summary>Inclusive bounds of an Integer parameter.</summary>
    public int? Min { get; init; }

    public int? Max { get; init; }

    /// <summary>Allowed values of a Choice parameter.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    public string? Default { get; init; }
}
