namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

public static class EffectivenessErrorCodes
{
    public const string Year = "ProgrammeMonitoring:Effectiveness.Year";
    public const string Thresholds = "ProgrammeMonitoring:Effectiveness.ThresholdsError";
}
