namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>Certification error codes (localization keys).</summary>
public static class CertificationErrorCodes
{
    public const string AuditOutsideValidity = "ExternalAccreditation:Certifications.AuditOutsideValidity";
    public const string AuditHeld = "ExternalAccreditation:Certifications.AuditHeld";
}
