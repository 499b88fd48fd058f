namespace Ektu.Qa.Improvement.Capa;

/// <summary>
/// List filter: a unit and everything below it (a school = its consolidated plan) or, with <see cref="UnitOnly"/>, the unit's
/// own plan (the university's is the Academic Quality Department's); a state; overdue or open only.
/// </summary>
public sealed class CapaFilter
{
    public Guid? UnitId { get; set; }
    public CapaState? State { get; set; }
    public bool OverdueOnly { get; set; }
    public bool OpenOnly { get; set; }

    /// <summary>Only the items of <see cref="UnitId"/> itself, not of the units below it.</summary>
    public bool UnitOnly { get; set; }
}
