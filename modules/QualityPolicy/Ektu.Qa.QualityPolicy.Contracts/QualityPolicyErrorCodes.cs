namespace Ektu.Qa.QualityPolicy;

/// <summary>QualityPolicy error codes (localization keys).</summary>
public static class QualityPolicyErrorCodes
{
    public const string InvalidTransition = "QualityPolicy:InvalidTransition";
    public const string CodeTaken = "QualityPolicy:CodeTaken";
    public const string UnitOutOfScope = "QualityPolicy:UnitOutOfScope";
    public const string EditionPending = "QualityPolicy:EditionPending";
    public const string DocumentClosed = "QualityPolicy:DocumentClosed";
    public const string InForceNotApproval = "QualityPolicy:InForceNotApproval";
    public const string FileRequired = "QualityPolicy:FileRequired";
    public const string AlreadyAcknowledged = "QualityPolicy:AlreadyAcknowledged";
    public const string HolidayExists = "QualityPolicy:HolidayExists";
    public const string UnknownUser = "QualityPolicy:UnknownUser";
}
