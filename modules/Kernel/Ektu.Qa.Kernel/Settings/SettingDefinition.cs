namespace Ektu.Qa.Kernel.Settings;

/// <summary>A setting administrators may change; display name key <c>Setting:&lt;name&gt;</c>.</summary>
public sealed record SettingDefinition(string Name, string DefaultValue, SettingKind Kind = SettingKind.Text, int Min = 0, int Max = int.MaxValue)
{
    public string DisplayNameKey => "Setting:" + Name;
}
