namespace Ektu.Qa.Workflow.Engine;

/// <summary>
/// A user task's declared form field (<c>camunda:formField</c>): its variable id, label, type (string, long, boolean,
/// date or enum; anything else reads as string), the enum's values, <c>camunda:constraint name="required"</c>, and a default.
/// </summary>
public sealed record FormFieldInfo(string Id, string? Label, string Type, IReadOnlyList<FormFieldOption> Options, bool Required, string? DefaultValue)
{
    public static readonly IReadOnlyList<string> Types = ["string", "long", "boolean", "date", "enum"];
}
