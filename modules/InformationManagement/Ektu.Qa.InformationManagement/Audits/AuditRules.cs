namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>The rules of an internal audit that need no database: its steps and the independence of its auditors.</summary>
internal static class AuditRules
{
    /// <summary>The one state an audit may move to from <paramref name="from"/>; null when closed.</summary>
    public static AuditState? Next(AuditState from) => from switch
    {
        AuditState.Planned => AuditState.InProgress,
        AuditState.InProgress => AuditState.Reported,
        AuditState.Reported => AuditState.Closed,
        _ => null,
    };

    public static bool CanMove(AuditState from, AuditState to) => Next(from) == to;

    /// <summary>The plan (auditors, period) may change until the report is issued.</summary>
    public static bool IsEditable(AuditState state) => state is AuditState.Planned or AuditState.InProgress;

    /// <summary>
    /// The auditors who are members of the audited unit: the unit and every unit below it, so a school-level audit refuses
    /// the school's whole staff and a department audit the department's.
    /// </summary>
    public static IReadOnlyList<Guid> Dependent(IEnumerable<Guid> auditors, IReadOnlySet<Guid> unitMembers) =>
        auditors.Distinct().Where(unitMembers.Contains).ToList();

    /// <summary>The lead auditor and the team, the lead counted once.</summary>
    public static IReadOnlyList<Guid> Auditors(Guid lead, IEnumerable<Guid> team) => [lead, .. team.Where(t => t != lead).Distinct()];
}
