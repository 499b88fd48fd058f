namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>Accreditation error codes (localization keys).</summary>
public static class AccreditationErrorCodes
{
    public const string Overlap = "ExternalAccreditation:Accreditations.Overlap";
    public const string ValidityOrder = "ExternalAccreditation:Accreditations.ValidityOrder";
    public const string FollowUpOutsideValidity = "ExternalAccreditation:Accreditations.FollowUpOutsideValidity";
    public const string RenewalTarget = "ExternalAccreditation:Accreditations.RenewalTarget";
    public const string ReportSubmitted = "ExternalAccreditation:Accreditations.ReportSubmitted";
    public const string ProgrammeNotInSchool = "ExternalAccreditation:Accreditations.ProgrammeNotInSchool";
}
