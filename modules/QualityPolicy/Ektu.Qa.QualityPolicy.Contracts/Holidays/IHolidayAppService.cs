namespace Ektu.Qa.QualityPolicy.Holidays;

/// <summary>The working-day calendar used for acknowledgement due dates.</summary>
public interface IHolidayAppService
{
    Task<IReadOnlyList<HolidayDto>> GetYearAsync(int year, CancellationToken ct = default);

    Task<HolidayDto> AddAsync(SaveHolidayInput input, CancellationToken ct = default);

    Task RemoveAsync(Guid id, int version, CancellationToken ct = default);
}
