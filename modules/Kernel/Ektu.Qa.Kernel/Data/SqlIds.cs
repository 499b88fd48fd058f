namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// Guid lists for <c>IN @list</c>: Dapper expands list items without the Guid type handler, and Microsoft.Data.Sqlite
/// then binds a Guid as a 16-byte BLOB that never equals the CHAR(36) text. Bound as lower-case text on both databases.
/// </summary>
public static class SqlIds
{
    /// <summary>The ids as text; a sentinel keeps an empty IN list valid.</summary>
    public static string[] Text(IEnumerable<Guid> ids)
    {
        var list = ids.Select(g => g.ToString("D")).ToArray();
        return list.Length == 0 ? [Guid.Empty.ToString("D")] : list;
    }
}
