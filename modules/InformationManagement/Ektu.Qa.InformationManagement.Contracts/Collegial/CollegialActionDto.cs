namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>One item of an action plan or road map; <see cref="CapaItemId"/> once it has been raised as a CAPA item.</summary>
public sealed class CollegialActionDto
{
    public Guid Id { get; init; }
    public Guid AnalysisId { get; init; }
    public string Action { get; init; } = "";
    public string Responsible { get; init; } = "";
    public DateOnly? Deadline { get; init; }
    public Guid? CapaItemId { get; init; }
    public int Version { get; init; }
}
