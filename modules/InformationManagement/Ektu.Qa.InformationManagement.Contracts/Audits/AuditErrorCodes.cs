namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>Internal audit error codes (localization keys).</summary>
public static class AuditErrorCodes
{
    public const string AuditorNotIndependent = "InformationManagement:Audits.AuditorNotIndependent";
    public const string PeriodOrder = "InformationManagement:Audits.PeriodOrder";
    public const string PeriodOutsideYear = "InformationManagement:Audits.PeriodOutsideYear";
    public const string StateOrder = "InformationManagement:Audits.StateOrder";
    public const string NotEditable = "InformationManagement:Audits.NotEditable";
    public const string NotInProgress = "InformationManagement:Audits.NotInProgress";
    public const string CapaOnlyForNonconformity = "InformationManagement:Audits.CapaOnlyForNonconformity";
    public const string NonconformityWithoutCapa = "InformationManagement:Audits.NonconformityWithoutCapa";
}
