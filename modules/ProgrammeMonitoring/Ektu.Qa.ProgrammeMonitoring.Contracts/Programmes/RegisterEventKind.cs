namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>An event of the national Register of educational programmes (000 §Std 9 item 2).</summary>
public enum RegisterEventKind
{
    Included,
    Excluded,
}
