namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

/// <summary>A programme's row of one year's assessment: its values by indicator (missing ones absent).</summary>
public sealed class AssessmentRowDto
{
    public Guid ProgrammeId { get; init; }
    public string GroupCode { get; init; } = "";
    public string ProgrammeTitle { get; init; } = "";
    public string SchoolName { get; init; } = "";
    public IReadOnlyDictionary<EffectivenessIndicator, IndicatorValueDto> Values { get; init; } =
        new Dictionary<EffectivenessIndicator, IndicatorValueDto>();
}
