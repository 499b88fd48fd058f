namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>Institutional (the university as a whole) or specialised (programmes).</summary>
public enum AccreditationKind
{
    Institutional,
    Specialised,
}
