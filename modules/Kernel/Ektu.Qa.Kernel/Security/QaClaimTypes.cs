namespace Ektu.Qa.Kernel.Security;

/// <summary>Claim types the platform issues.</summary>
public static class QaClaimTypes
{
    public const string UserId = "qa:uid";
    public const string SecurityStamp = "qa:stamp";
}
