namespace Ektu.Qa.Kernel.Paging;

/// <summary>One page of a list and the total count.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 1 : Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Clamps a requested page and size to sane bounds.</summary>
    public static (int Page, int Size, int Offset) Normalize(int page, int size)
    {
        size = Math.Clamp(size, 1, 500);
        // A page past int's offsets (page=99999999999 clamped by a caller) must not overflow into a negative OFFSET.
        page = Math.Clamp(page, 1, int.MaxValue / size);
        return (page, size, (page - 1) * size);
    }
}
