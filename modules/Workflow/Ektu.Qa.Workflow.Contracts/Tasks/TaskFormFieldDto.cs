namespace Ektu.Qa.Workflow.Tasks;

/// <summary>
/// A field the task's form declares (<c>camunda:formField</c>), ready to draw: the label in the current UI language
/// (the catalogue's <c>Workflow:Field.&lt;id&gt;</c> when it has one, else the model's label, else the id), its type
/// (string, long, boolean, date, enum), the enum's options as value → label, whether it is required, and a default.
/// </summary>
public sealed record TaskFormFieldDto(
    string Id, string Label, string Type, IReadOnlyList<KeyValuePair<string, string>> Options, bool Required, string? DefaultValue);
