namespace Ektu.Qa.Improvement.Capa;

/// <summary>
/// A kind of record CAPA items are raised from: its key (<c>&lt;Module&gt;.&lt;Record&gt;</c>), the localization key of its
/// name, and the page of one record (area and page, the record's id as the <c>id</c> route value) when it has one.
/// </summary>
public sealed record CapaSourceKind(string Key, string NameKey, string? Area = null, string? Page = null);
