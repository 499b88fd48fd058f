namespace Ektu.Qa.Kernel.Settings;

/// <summary>Reads and writes settings (<c>k_settings</c>); values not stored fall back to their definition's default.</summary>
public interface ISettingStore
{
    IReadOnlyList<SettingDefinition> Definitions { get; }

    Task<string> GetAsync(string name, CancellationToken ct = default);

    async Task<int> GetIntAsync(string name, CancellationToken ct = default) =>
        int.Parse(await GetAsync(name, ct), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Validates against the definition, writes and audits.</summary>
    Task SetAsync(string name, string value, CancellationToken ct = default);
}
