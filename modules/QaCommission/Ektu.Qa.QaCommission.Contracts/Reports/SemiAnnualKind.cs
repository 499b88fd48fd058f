namespace Ektu.Qa.QaCommission.Reports;

/// <summary>004 §7.6: the interim report after the autumn semester, the final one after the academic year.</summary>
public enum SemiAnnualKind
{
    /// <summary>1 September – 31 January.</summary>
    Interim,

    /// <summary>1 September – 30 June.</summary>
    Final,
}
