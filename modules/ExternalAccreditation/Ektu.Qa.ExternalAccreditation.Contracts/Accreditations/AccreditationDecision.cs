namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>The agency's decision; Pending while the procedure runs.</summary>
public enum AccreditationDecision
{
    Pending,
    Accredited,
    Conditional,
    Denied,
}
