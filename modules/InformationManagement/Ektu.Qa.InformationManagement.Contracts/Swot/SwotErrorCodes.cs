namespace Ektu.Qa.InformationManagement.Swot;

/// <summary>Localized error codes of SWOT analyses.</summary>
public static class SwotErrorCodes
{
    public const string Duplicate = "InformationManagement:Swot.Duplicate";
    public const string Approved = "InformationManagement:Swot.AlreadyApproved";
    public const string Empty = "InformationManagement:Swot.Empty";
}
