namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>The collegial bodies that discuss analysis results (DOMAIN §8): councils and the IMS coordination council.</summary>
public enum CollegialBody
{
    AcademicCouncil,
    ScientificCouncil,
    PublicCouncil,
    ImsCoordinationCouncil,
    ScientificTechnicalCouncil,
    SchoolCouncil,
}
