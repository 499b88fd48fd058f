namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>How often an indicator is measured; fixes how a period is written ("2025", "2025-S1", "2025-Q3", "2025-03").</summary>
public enum PeriodKind
{
    Year,
    Semester,
    Quarter,
    Month,
}
