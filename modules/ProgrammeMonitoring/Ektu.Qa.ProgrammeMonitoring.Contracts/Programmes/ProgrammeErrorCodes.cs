namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>Error codes of the programme register (localization keys).</summary>
public static class ProgrammeErrorCodes
{
    public const string VersionFrozen = "ProgrammeMonitoring:VersionFrozen";
    public const string NotOpen = "ProgrammeMonitoring:VersionNotOpen";
    public const string StaleProposal = "ProgrammeMonitoring:StaleProposal";
    public const string InvalidTransition = "ProgrammeMonitoring:InvalidTransition";
    public const string ProgrammeClosed = "ProgrammeMonitoring:ProgrammeClosed";
    public const string ClassifierInvalid = "ProgrammeMonitoring:ClassifierInvalid";
    public const string ClassifierLevel = "ProgrammeMonitoring:ClassifierLevel";
    public const string DepartmentNotInSchool = "ProgrammeMonitoring:DepartmentNotInSchool";
    public const string OutcomeNumbering = "ProgrammeMonitoring:OutcomeNumbering";
    public const string DuplicateCourse = "ProgrammeMonitoring:DuplicateCourse";
    public const string RegisterNotApproved = "ProgrammeMonitoring:RegisterNotApproved";
    public const string RegisterOrder = "ProgrammeMonitoring:RegisterOrder";
    public const string RegisterFuture = "ProgrammeMonitoring:RegisterFuture";
    public const string ProposalFromApproved = "ProgrammeMonitoring:ProposalFromApproved";
}
