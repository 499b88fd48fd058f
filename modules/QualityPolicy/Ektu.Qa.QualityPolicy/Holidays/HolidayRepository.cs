using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Input;
using Ektu.Qa.QualityPolicy.Calendar;

namespace Ektu.Qa.QualityPolicy.Holidays;

/// <summary>The calendar exceptions in <c>qp_holidays</c>.</summary>
internal sealed class HolidayRepository(IDbSession db)
{
    private const string Columns =
        "id, day, is_working_day AS IsWorkingDay, name_kk AS NameKk, name_ru AS NameRu, name_en AS NameEn, " +
        "moves_off_weekend AS MovesOffWeekend, version";

    public Task<IReadOnlyList<HolidayDto>> GetRangeAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        db.QueryAsync<HolidayDto>($"SELECT {Columns} FROM qp_holidays WHERE day >= @from AND day <= @to ORDER BY day", new { from, to }, ct);

    public Task<HolidayDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<HolidayDto>($"SELECT {Columns} FROM qp_holidays WHERE id = @id", new { id }, ct);

    public async Task<bool> ExistsAsync(DateOnly day, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qp_holidays WHERE day = @day", new { day }, ct) > 0;

    /// <summary>Inserts unless the day already has an exception (seeding at every start is idempotent).</summary>
    public Task InsertIgnoreAsync(HolidayDto h, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync(
        db.Dialect.InsertIgnore("qp_holidays",
            "id, day, is_working_day, moves_off_weekend, name_kk, name_ru, name_en, version, created_at, created_by, updated_at, updated_by",
            "@Id, @Day, @IsWorkingDay, @MovesOffWeekend, @NameKk, @NameRu, @NameEn, 1, @at, @by, @at, @by"),
        new { h.Id, h.Day, h.IsWorkingDay, h.MovesOffWeekend, h.NameKk, h.NameRu, h.NameEn, at, by }, ct);

    public async Task DeleteAsync(Guid id, int version, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("DELETE FROM qp_holidays WHERE id = @id AND version = @version", new { id, version }, ct);
        Concurrency.EnsureUpdated(rows, "Holiday", id);
    }

    /// <summary>The rows from <paramref name="from"/> to <paramref name="to"/> with the moved days off among them (<see cref="DaysOff"/>).</summary>
    public async Task<IReadOnlyList<HolidayDto>> GetExpandedAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        // Stored dates may sit at the calendar's start (other modules count back from them): the lookback stops there.
        DaysOff.Expand(await GetRangeAsync(DateWindow.AddDaysSafe(from, -DaysOff.Lookback), to, ct))
            .Where(r => r.Day >= from && r.Day <= to).ToList();

    /// <summary>The calendar for due dates starting at <paramref name="start"/>.</summary>
    public async Task<WorkingDayCalendar> CalendarAsync(DateOnly start, int workingDays, CancellationToken ct) =>
        new((await GetExpandedAsync(start, WorkingDayCalendar.Horizon(start, workingDays), ct)).ToDictionary(r => r.Day, r => r.IsWorkingDay));
}
