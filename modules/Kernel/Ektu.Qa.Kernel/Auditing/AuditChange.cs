using System.Text.Json.Serialization;

namespace Ektu.Qa.Kernel.Auditing;

/// <summary>
/// One changed field: old and new values as text. <see cref="Values"/>, when set, is the localization key prefix of the
/// values (<c>Enum:DocumentState.</c>, <c>Role:</c>): the stored codes stay stable and the audit log shows their names.
/// </summary>
public sealed record AuditChange(
    string Field, string? Old, string? New, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Values = null);
