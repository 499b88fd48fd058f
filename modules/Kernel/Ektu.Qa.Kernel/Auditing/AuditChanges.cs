using System.Collections;
using System.Globalization;
using System.Reflection;

namespace Ektu.Qa.Kernel.Auditing;

/// <summary>Field-by-field difference of two snapshots of an entity (public readable scalar properties).</summary>
public static class AuditChanges
{
    public static IReadOnlyList<AuditChange> Between<T>(T? before, T? after) where T : class
    {
        var changes = new List<AuditChange>();
        foreach (var p in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!p.CanRead || p.GetIndexParameters().Length > 0) continue;
            if (p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)) continue;
            if (p.Name is "Version" or "UpdatedAt" or "UpdatedBy" or "CreatedAt" or "CreatedBy") continue;
            var o = Format(before == null ? null : p.GetValue(before));
            var n = Format(after == null ? null : p.GetValue(after));
            if (o != n) changes.Add(new AuditChange(p.Name, o, n, EnumValues(p.PropertyType)));
        }
        return changes;
    }

    /// <summary>An enum's values are shown through its <c>Enum:Type.Value</c> names.</summary>
    private static string? EnumValues(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } e ? $"Enum:{e.Name}." : null;

    private static string? Format(object? v) => v switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString(),
    };
}
