namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>Level of a programme; the value is its level in the National Qualifications Framework (DOMAIN §4).</summary>
public enum ProgrammeLevel
{
    Bachelor = 6,
    Master = 7,
    Doctorate = 8,
}
