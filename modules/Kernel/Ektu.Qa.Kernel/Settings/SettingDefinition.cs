namespace Ektu.Qa.Kernel.Settings;

/// <summary>A setting administrators may change; display name key <c>Setting:&lt;name&gt;</c>.</summary>
public sealed record SettingDefinition(string Name, string DefaultValue, SettingKind Kind = SettingKind.Text, int Min = 0, int Max = int.MaxValue)
{
    public string DisplayNameKey => "Setting:" + Name;

    /// <summary>The values a <see cref="SettingKind.Choice"/> setting accepts ("" may be one: nothing chosen).</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>
    /// The display name key of one choice, <c>Setting:&lt;name&gt;.&lt;value&gt;</c> (<c>.None</c> for ""), so a person picks
    /// words in their language while the stored value stays the code the module reads.
    /// </summary>
    public string ChoiceKey(string value) => $"{DisplayNameKey}.{(value.Length == 0 ? "None" : value)}";
}
