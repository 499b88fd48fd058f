using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.QualityPolicy.Holidays;

/// <summary>A calendar exception: a holiday (not a working day) or a transferred working day (e.g. a Saturday).</summary>
public sealed class HolidayDto
{
    public Guid Id { get; init; }
    public DateOnly Day { get; init; }
    public bool IsWorkingDay { get; init; }
    public string NameKk { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string NameEn { get; init; } = "";
    public int Version { get; init; }

    public string Name => LocalizerExtensions.Pick(NameKk, NameRu, NameEn);
}
