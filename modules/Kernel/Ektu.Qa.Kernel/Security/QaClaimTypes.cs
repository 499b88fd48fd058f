namespace Ektu.Qa.Kernel.Security;

/// <summary>Claim types the platform issues.</summary>
public static class QaClaimTypes
{
    public const string UserId = "qa:uid";
    public const string SecurityStamp = "qa:stamp";

    /// <summary>The server-side session of a cookie sign-in (Identity's id_sessions row), ended by sign-out.</summary>
    public const string SessionId = "qa:sid";
}
