namespace Ektu.Qa.Workflow.Tasks;

/// <summary>The inbox badge: open tasks assigned to me and open tasks available to my roles.</summary>
public sealed record TaskCountsDto
{
    public int Mine { get; init; }
    public int Available { get; init; }
    public int Overdue { get; init; }
}
