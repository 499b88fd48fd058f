namespace Ektu.Qa.Improvement.Capa;

/// <summary>One line of the school's consolidated view: a unit's CAPA plan by state.</summary>
public sealed class CapaUnitSummaryDto
{
    public Guid UnitId { get; init; }
    public string UnitName { get; init; } = "";
    public int Open { get; init; }
    public int InProgress { get; init; }
    public int Implemented { get; init; }
    public int CheckDue { get; init; }
    public int Closed { get; init; }
    public int Reopened { get; init; }
    public int Overdue { get; init; }
    public int Total { get; init; }
}
