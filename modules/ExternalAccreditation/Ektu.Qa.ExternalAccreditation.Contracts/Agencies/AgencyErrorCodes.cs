namespace Ektu.Qa.ExternalAccreditation.Agencies;

/// <summary>Agency error codes (localization keys).</summary>
public static class AgencyErrorCodes
{
    public const string DuplicateCode = "ExternalAccreditation:Agencies.DuplicateCode";
}
