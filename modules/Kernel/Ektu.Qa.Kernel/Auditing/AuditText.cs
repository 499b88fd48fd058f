using System.Globalization;
using System.Text.Json;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Timing;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Auditing;

/// <summary>
/// The audit log as a person reads it, in the current UI language: module, entity, action and field names from the
/// modules' catalogues (<see cref="AuditNames"/>), values by name (enums, roles, yes/no) and times on the university's
/// clock. The page, its export and the audit-log report all read entries through this one class.
/// </summary>
public sealed class AuditText(IStringLocalizer l, IUserClock clock)
{
    public string Module(string code) => l.Module(code);

    public string Entity(string code) => Name(AuditNames.EntityPrefix, code);

    public string Action(string code) => Name(AuditNames.ActionPrefix, code);

    public string Field(string code) => Name(AuditNames.FieldPrefix, code);

    /// <summary>Every entity the modules name, as (code, name) by name: the audit log's entity filter.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entities() => Named(AuditNames.EntityPrefix);

    /// <summary>Every action the modules name, as (code, name) by name: the audit log's action filter.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Actions() => Named(AuditNames.ActionPrefix);

    /// <summary>The stored JSON list of changes as lines; text that is not such a list is shown as one line, never thrown.</summary>
    public IReadOnlyList<AuditChangeLine> Changes(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        List<AuditChange>? changes;
        try
        {
            changes = JsonSerializer.Deserialize<List<AuditChange>>(json);
        }
        catch (JsonException)
        {
            return [new AuditChangeLine(Field("Changes"), null, json)];
        }
        return (changes ?? []).Where(c => c is { Field: not null })
            .Select(c => new AuditChangeLine(Field(c.Field), Value(c.Old, c.Values), Value(c.New, c.Values))).ToList();
    }

    /// <summary>The changes one per line ("Label: old → new"), for a spreadsheet cell.</summary>
    public string ChangesText(string? json) => string.Join('\n', Changes(json));

    private List<KeyValuePair<string, string>> Named(string prefix) =>
        [.. l.GetAllStrings(false).Where(s => s.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => KeyValuePair.Create(s.Name[prefix.Length..], s.Value)).OrderBy(p => p.Value, StringComparer.CurrentCulture)];

    private string Name(string prefix, string code) =>
        l[prefix + code] is { ResourceNotFound: false } s ? s.Value : AuditNames.Humanize(code);

    private string? Value(string? value, string? prefix)
    {
        if (value == null) return null;
        if (prefix != null && l[prefix + value] is { ResourceNotFound: false } named) return named.Value;
        if (value is "True" or "False") return l[value == "True" ? "App:Yes" : "App:No"].Value;
        // Stored times are round-trip UTC ("O"); a person reads them on the university's clock.
        if (value.Length >= 20 && DateTime.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
            return clock.Local(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : at).ToString("g", CultureInfo.CurrentCulture);
        return value;
    }
}
