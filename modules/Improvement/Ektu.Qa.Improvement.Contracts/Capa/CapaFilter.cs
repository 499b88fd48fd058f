namespace Ektu.Qa.Improvement.Capa;

/// <summary>List filter: a unit and everything below it (a school = its consolidated plan), a state, overdue only.</summary>
public sealed class CapaFilter
{
    public Guid? UnitId { get; set; }
    public CapaState? State { get; set; }
    public bool OverdueOnly { get; set; }
    public bool OpenOnly { get; set; }
}
