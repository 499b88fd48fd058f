namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>Whether the agency accredits nationally (Kazakhstan's register) or internationally.</summary>
public enum AccreditationReach
{
    National,
    International,
}
