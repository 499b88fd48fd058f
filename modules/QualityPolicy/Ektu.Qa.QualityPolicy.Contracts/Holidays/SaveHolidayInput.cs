namespace Ektu.Qa.QualityPolicy.Holidays;

/// <summary>A new calendar exception.</summary>
public sealed class SaveHolidayInput
{
    public DateOnly? Day { get; set; }

    /// <summary>True marks a normally free day (a Saturday) as a working day (transfer).</summary>
    public bool IsWorkingDay { get; set; }

    /// <summary>A public holiday whose day off moves to the next working day when it falls on a weekend (Labour Code art. 85).</summary>
    public bool MovesOffWeekend { get; set; }

    public string NameKk { get; set; } = "";
    public string NameRu { get; set; } = "";
    public string NameEn { get; set; } = "";
}
