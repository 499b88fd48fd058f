namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

/// <summary>The indicators of the Academic Affairs Office's annual effectiveness assessment (000 §Std 9 item 11).</summary>
public enum EffectivenessIndicator
{
    Enrolment,
    Progression,
    Completion,
    Employment,
    Satisfaction,
    RankingPosition,
}
