namespace Ektu.Qa.Improvement.Capa;

/// <summary>CAPA settings (Settings page; display name key <c>Setting:&lt;name&gt;</c>).</summary>
public static class CapaSettings
{
    /// <summary>Default days after implementation when an item's effectiveness is checked (default 90).</summary>
    public const string EffectivenessCheckDays = "Improvement.Capa.EffectivenessCheckDays";
}
