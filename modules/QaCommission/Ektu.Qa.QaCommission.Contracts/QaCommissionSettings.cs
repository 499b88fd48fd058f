namespace Ektu.Qa.QaCommission;

/// <summary>Names of the module's settings (Settings page; display name key <c>Setting:&lt;name&gt;</c>).</summary>
public static class QaCommissionSettings
{
    /// <summary>How many days before a member's term ends the warning shows (default 60).</summary>
    public const string TermWarningDays = "QaCommission.TermWarningDays";

    /// <summary>From which violation of one executor the dean is informed (004 §7.5 "repeated"; default 2).</summary>
    public const string LadderRepeatedAt = "QaCommission.LadderRepeatedAt";

    /// <summary>From which violation of one executor non-execution is systematic and an official inquiry is due (default 3).</summary>
    public const string LadderSystematicAt = "QaCommission.LadderSystematicAt";
}
