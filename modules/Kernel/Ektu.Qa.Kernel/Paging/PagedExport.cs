namespace Ektu.Qa.Kernel.Paging;

/// <summary>
/// Every row of a list filter for "Export to Excel", read through the same paged app-service call the page uses (so
/// permissions and organisation scope are exactly the page's), up to <see cref="MaxRows"/> rows.
/// </summary>
public static class PagedExport
{
    public const int MaxRows = 50_000;
    public const int PageSize = 500;

    /// <summary>Reads pages through <c>page(number, size)</c> until the filter is exhausted or the cap is reached.</summary>
    public static async Task<IReadOnlyList<T>> AllAsync<T>(Func<int, int, Task<PagedResult<T>>> page)
    {
        var rows = new List<T>();
        for (var n = 1; rows.Count < MaxRows; n++)
        {
            var result = await page(n, PageSize);
            rows.AddRange(result.Items);
            if (result.Items.Count < PageSize || rows.Count >= result.Total) break;
        }
        return rows.Count > MaxRows ? rows.GetRange(0, MaxRows) : rows;
    }
}
