namespace Ektu.Qa.Identity.OrganizationUnits;

/// <summary>Level of an organisation unit.</summary>
public enum OrganizationUnitKind
{
    University,
    School,
    Department,
    Office,
}
