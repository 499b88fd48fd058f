namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>Where in a programme a difference is: its own fields, an outcome row, a course row, a cell of the map.</summary>
public enum DiffSection
{
    Programme,
    Outcome,
    Course,
    Map,
}
