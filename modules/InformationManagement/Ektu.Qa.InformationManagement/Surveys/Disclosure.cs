namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// The minimum group size, applied to every figure the module gives out. A group is shown only when it holds at least
/// <c>k</c> responses and, for a filtered group, the rest of the survey is either empty or at least <c>k</c> too:
/// otherwise the unfiltered result minus the shown one would describe the small rest.
/// </summary>
internal static class Disclosure
{
    public static bool Shows(int group, int all, int k) => group >= k && (group == all || all - group >= k);

    /// <summary>
    /// Which columns of a cross-tab are hidden: every column under <paramref name="k"/>, then the smallest shown ones
    /// until the hidden columns together hold at least <paramref name="k"/> (the shown total would give a lone one away).
    /// </summary>
    public static bool[] HiddenColumns(IReadOnlyList<int> sizes, int k)
    {
        var hidden = sizes.Select(s => s < k).ToArray();
        var hiddenTotal = sizes.Where((s, i) => hidden[i]).Sum();
        foreach (var i in Enumerable.Range(0, sizes.Count).Where(i => !hidden[i]).OrderBy(i => sizes[i]))
        {
            if (hiddenTotal == 0 || hiddenTotal >= k) break;
            hidden[i] = true;
            hiddenTotal += sizes[i];
        }
        return hidden;
    }
}
