namespace Ektu.Qa.QaCommission;

/// <summary>QaCommission error codes (localization keys).</summary>
public static class QaCommissionErrorCodes
{
    public const string CommissionExists = "QaCommission:CommissionExists";
    public const string NotSchool = "QaCommission:NotSchool";
    public const string UnitOutOfScope = "QaCommission:UnitOutOfScope";
    public const string CommissionDissolved = "QaCommission:CommissionDissolved";
    public const string DeanCannotBeMember = "QaCommission:DeanCannotBeMember";
    public const string StudentOnProgrammeCommittee = "QaCommission:StudentOnProgrammeCommittee";
    public const string AlreadyMember = "QaCommission:AlreadyMember";
    public const string UnknownUser = "QaCommission:UnknownUser";
    public const string CriteriaNotMet = "QaCommission:CriteriaNotMet";
    public const string NotMember = "QaCommission:NotMember";
    public const string InvalidVoteCounts = "QaCommission:InvalidVoteCounts";
    public const string MeetingLocked = "QaCommission:MeetingLocked";
    public const string MeetingNotHeld = "QaCommission:MeetingNotHeld";
    public const string NoQuorum = "QaCommission:NoQuorum";
    public const string NoPresidingMember = "QaCommission:NoPresidingMember";
    public const string ActingChairNotNeeded = "QaCommission:ActingChairNotNeeded";
    public const string ExpertHasNoVote = "QaCommission:ExpertHasNoVote";
    public const string VoterNotPresent = "QaCommission:VoterNotPresent";
    public const string NotSignatory = "QaCommission:NotSignatory";
    public const string AlreadySigned = "QaCommission:AlreadySigned";
    public const string MinutesNotSigned = "QaCommission:MinutesNotSigned";
    public const string FileRequired = "QaCommission:FileRequired";
    public const string NotInRegister = "QaCommission:NotInRegister";
    public const string AlreadyAnswered = "QaCommission:AlreadyAnswered";
    public const string NotExecutor = "QaCommission:NotExecutor";
    public const string InquiryNotDue = "QaCommission:InquiryNotDue";
    public const string PlanLocked = "QaCommission:PlanLocked";
    public const string PlanExists = "QaCommission:PlanExists";
    public const string InvalidTransition = "QaCommission:InvalidTransition";
    public const string VoteMissing = "QaCommission:VoteMissing";
    public const string MeetingNotTakenPlace = "QaCommission:MeetingNotTakenPlace";
    public const string DeadlineBeforeMeeting = "QaCommission:DeadlineBeforeMeeting";
    public const string ActingSecretaryNeeded = "QaCommission:ActingSecretaryNeeded";
    public const string ActingSecretaryNotNeeded = "QaCommission:ActingSecretaryNotNeeded";
    public const string SameSignatory = "QaCommission:SameSignatory";
    public const string MemberSuspended = "QaCommission:MemberSuspended";
}
