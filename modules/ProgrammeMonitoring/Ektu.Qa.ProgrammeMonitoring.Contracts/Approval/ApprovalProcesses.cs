namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>The shipped processes this module owns and the setting naming the final body after the Academic Council.</summary>
public static class ApprovalProcesses
{
    public const string Approval = "pm-programme-approval";
    public const string RegisterChange = "pm-register-change";

    /// <summary>"Board", "ScientificCouncil" or empty (the Academic Council is the last level).</summary>
    public const string FinalBodySetting = "ProgrammeMonitoring.Approval.FinalBody";
}
