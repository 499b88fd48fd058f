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

    /// <summary>Key prefix of the choices' names (an enum's <c>Enum:Type.</c>); by default <see cref="LabelKey"/> + ".".</summary>
    public string? ChoiceKeyPrefix { get; init; }

    /// <summary>The localization key that names <paramref name="choice"/>: a person never picks a stored code.</summary>
    public string ChoiceKey(string choice) => (ChoiceKeyPrefix ?? LabelKey + ".") + choice;

    public string? Default { get; init; }
}
