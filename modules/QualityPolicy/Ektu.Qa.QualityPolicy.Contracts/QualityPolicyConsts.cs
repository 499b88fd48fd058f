namespace Ektu.Qa.QualityPolicy;

/// <summary>Lengths and rules shared by validation and the DDL.</summary>
public static class QualityPolicyConsts
{
    public const int CodeMax = 50;
    public const int TitleMax = 500;
    public const int BodyMax = 200;
    public const int DecisionNumberMax = 50;
    public const int FileNameMax = 255;
    public const int PagesMax = 200;
    public const int ReasonMax = 1000;
    public const int UnitOfMeasureMax = 50;
    public const int PeriodMax = 50;
    public const int HolidayNameMax = 200;

    /// <summary>004 §8: every employee acknowledges the current edition within this many working days.</summary>
    public const int AcknowledgementWorkingDays = 10;

    /// <summary>004 §8: a normative document is reviewed at least once every this many years.</summary>
    public const int ReviewYears = 3;

    /// <summary>Default upload limit (20 MiB); configurable as <c>QualityPolicy:MaxFileSizeBytes</c>.</summary>
    public const long DefaultMaxFileSizeBytes = 20L * 1024 * 1024;
}
