namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>The next due day of a cycle, and the overdue rule: a planned run is overdue from the day after its due day.</summary>
internal static class ProcedureRules
{
    public const int Count = 11;

    public static DateOnly Next(DateOnly due, ProcedureCycle cycle) => cycle switch
    {
        ProcedureCycle.Yearly => due.AddYears(1),
        ProcedureCycle.EachSemester => due.AddMonths(6),
        ProcedureCycle.Quarterly => due.AddMonths(3),
        _ => due.AddMonths(1),
    };

    public static bool Overdue(RunState state, DateOnly dueOn, DateOnly today) => state == RunState.Planned && today > dueOn;
}
