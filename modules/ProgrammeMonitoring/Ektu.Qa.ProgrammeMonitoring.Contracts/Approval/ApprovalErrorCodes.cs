namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>Error codes of programme approval (localization keys).</summary>
public static class ApprovalErrorCodes
{
    public const string Running = "ProgrammeMonitoring:ApprovalRunning";
    public const string RegisterChange = "ProgrammeMonitoring:RegisterChangeRefused";
}
