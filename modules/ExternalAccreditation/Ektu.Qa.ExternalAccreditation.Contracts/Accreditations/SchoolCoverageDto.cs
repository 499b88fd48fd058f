namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>A school's programmes and how many of them a valid specialised accreditation covers today.</summary>
public sealed class SchoolCoverageDto
{
    public Guid SchoolId { get; init; }
    public string SchoolName { get; init; } = "";
    public int Programmes { get; init; }
    public int Accredited { get; init; }

    /// <summary>Accredited as a percentage of the programmes, rounded half away from zero; 0 without programmes.</summary>
    public int Percent { get; init; }
}
