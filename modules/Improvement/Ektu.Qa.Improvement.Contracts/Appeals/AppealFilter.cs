namespace Ektu.Qa.Improvement.Appeals;

/// <summary>List filter of the appeals handled in the caller's scope.</summary>
public sealed class AppealFilter
{
    public AppealState? State { get; set; }
    public AppealLevel? Level { get; set; }
    public bool OverdueOnly { get; set; }

    /// <summary>Only the appeals about this programme.</summary>
    public Guid? ProgrammeId { get; set; }
}
