namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>A programme as the register lists it: the fields of its latest version, its status and version numbers.</summary>
public sealed class ProgrammeDto
{
    public Guid Id { get; init; }
    public string GroupCode { get; init; } = "";
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string Title => Kernel.Localization.LocalizerExtensions.Pick(TitleKk, TitleRu, TitleEn);
    public ProgrammeLevel Level { get; init; }
    public Guid SchoolId { get; init; }
    public string SchoolName { get; set; } = "";
    public Guid DepartmentId { get; init; }
    public string DepartmentName { get; set; } = "";
    public ProgrammeStatus Status { get; init; }

    /// <summary>The version in force (the last approved), if any.</summary>
    public int? ApprovedNumber { get; init; }

    public int LatestNumber { get; init; }
    public int OpenProposals { get; init; }
    public int Version { get; init; }
    public DateTime UpdatedAt { get; init; }
}
