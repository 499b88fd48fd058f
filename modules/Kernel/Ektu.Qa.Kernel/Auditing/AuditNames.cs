using System.Text;
using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.Kernel.Auditing;

/// <summary>
/// The key convention of the audit log's display names. Each module names itself (<c>Module:</c>) and the entities and
/// actions it writes in its own localization catalogue (<c>Localization/&lt;Module&gt;/Audit/*.json</c>); the Kernel's catalogue holds the
/// actions every module shares (Created, Updated, Deleted...). Keys are global, so a shared action lives in the Kernel once.
/// </summary>
public static class AuditNames
{
    public const string ModulePrefix = LocalizerExtensions.ModulePrefix;
    public const string EntityPrefix = "Audit:Entity:";
    public const string ActionPrefix = "Audit:Action:";
    public const string FieldPrefix = "Audit:Field:";

    /// <summary>
    /// A code as words ("RoleUnassigned" → "Role unassigned"): the fallback for a name no catalogue has (an entry written
    /// before its name was added), so a person still reads words rather than a code.
    /// </summary>
    public static string Humanize(string code)
    {
        if (string.IsNullOrEmpty(code)) return code;
        var sb = new StringBuilder(code.Length + 8);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            var wordStart = i > 0 && char.IsUpper(c)
                && (char.IsLower(code[i - 1]) || (i + 1 < code.Length && char.IsLower(code[i + 1]) && char.IsUpper(code[i - 1])));
            if (c is '_' or '.') { sb.Append(' '); continue; }
            if (wordStart) sb.Append(' ');
            sb.Append(sb.Length == 0 ? char.ToUpperInvariant(c) : wordStart && i + 1 < code.Length && char.IsLower(code[i + 1])
                ? char.ToLowerInvariant(c) : c);
        }
        return sb.ToString();
    }
}
