namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>The results of a push batch or a file import, one per item, with the counts per outcome.</summary>
public sealed record IndicatorBatchResultDto(IReadOnlyList<IndicatorItemResult> Items)
{
    public int Created => Items.Count(i => i.Outcome == ItemOutcome.Created);
    public int Updated => Items.Count(i => i.Outcome == ItemOutcome.Updated);
    public int Unchanged => Items.Count(i => i.Outcome == ItemOutcome.Unchanged);
    public int Failed => Items.Count(i => i.Outcome == ItemOutcome.Failed);
}
