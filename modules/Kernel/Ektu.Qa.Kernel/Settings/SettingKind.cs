namespace Ektu.Qa.Kernel.Settings;

/// <summary>How a setting's value is edited and validated.</summary>
public enum SettingKind
{
    Text,
    Integer,
    Boolean,

    /// <summary>One of <see cref="SettingDefinition.Choices"/>, picked from a list of their display names.</summary>
    Choice,
}
