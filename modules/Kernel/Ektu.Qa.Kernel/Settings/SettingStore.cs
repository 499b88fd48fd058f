using System.Globalization;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Kernel.Settings;

internal sealed class SettingStore(IEnumerable<SettingDefinition> definitions, IDbSession session, IAuditLog audit, ICurrentUser user, IClock clock)
    : ISettingStore
{
    public IReadOnlyList<SettingDefinition> Definitions { get; } = definitions.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();

    public async Task<string> GetAsync(string name, CancellationToken ct = default)
    {
        var def = Find(name);
        var stored = await session.QuerySingleOrDefaultAsync<string>("SELECT value FROM k_settings WHERE name = @name", new { name }, ct);
        return stored ?? def.DefaultValue;
    }

    public async Task SetAsync(string name, string value, CancellationToken ct = default)
    {
        var def = Find(name);
        value = value.Trim();
        var ok = def.Kind switch
        {
            SettingKind.Integer => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= def.Min && i <= def.Max,
            SettingKind.Boolean => value is "true" or "false",
            SettingKind.Choice => def.Choices.Contains(value, StringComparer.Ordinal),
            _ => value.Length <= 4000,
        };
        if (!ok) throw ValidationException.For(name, ErrorCodes.InvalidValue);
        var old = await GetAsync(name, ct);
        if (old == value) return;
        await session.ExecuteAsync(
            session.Dialect.Upsert("k_settings", "name, value, version, updated_at, updated_by", "@name, @value, 1, @at, @by", "name",
                ["value", "updated_at", "updated_by"]),
            new { name, value, at = clock.UtcNow, by = user.UserName ?? "system" }, ct);
        await audit.WriteAsync("Kernel", "Setting", StableId(name), "Updated", [new AuditChange(name, old, value)], ct);
    }

    private SettingDefinition Find(string name) =>
        Definitions.FirstOrDefault(d => d.Name == name) ?? throw new EntityNotFoundException("Setting", name);

    /// <summary>Settings are keyed by name; the audit log wants a Guid, so derive one deterministically.</summary>
    private static Guid StableId(string name) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes("setting:" + name)));
}
