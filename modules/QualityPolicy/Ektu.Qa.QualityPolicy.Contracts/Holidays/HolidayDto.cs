using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.QualityPolicy.Holidays;

/// <summary>
/// A calendar exception: a holiday (not a working day), a transferred working day (e.g. a Saturday), or — computed, not
/// stored — the day off a weekend holiday moved to (<see cref="MovedFrom"/>).
/// </summary>
public sealed class HolidayDto
{
    public Guid Id { get; init; }
    public DateOnly Day { get; init; }
    public bool IsWorkingDay { get; init; }
    public string NameKk { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string NameEn { get; init; } = "";
    public int Version { get; init; }

    /// <summary>A public holiday whose day off moves to the next working day when it falls on a weekend (not religious ones).</summary>
    public bool MovesOffWeekend { get; init; }

    /// <summary>Set on a computed row: the weekend holiday whose day off this is; such a row has no id and is not edited.</summary>
    public DateOnly? MovedFrom { get; init; }

    public string Name => LocalizerExtensions.Pick(NameKk, NameRu, NameEn);
}
