using Ektu.Qa.Improvement.Capa;

namespace Ektu.Qa.Improvement.Appeals;

/// <summary>
/// Appeals (өтініш, DOMAIN §12; 004 §3.3): intake, routing by level of competence with working-day terms per level,
/// escalation, resolution, CAPA raised from them, statistics per period.
/// </summary>
public interface IAppealAppService
{
    /// <summary>The caller's own appeal through the web form.</summary>
    Task<AppealDto> SubmitAsync(SubmitAppealInput input, CancellationToken ct = default);

    /// <summary>A paper or oral appeal recorded by staff handling appeals of the unit.</summary>
    Task<AppealDto> RecordAsync(SubmitAppealInput input, CancellationToken ct = default);

    Task<IReadOnlyList<AppealDto>> GetMineAsync(CancellationToken ct = default);

    Task<IReadOnlyList<AppealDto>> GetListAsync(AppealFilter filter, CancellationToken ct = default);

    Task<AppealDetailsDto> GetAsync(Guid id, CancellationToken ct = default);

    /// <summary>Received → InReview at the current level.</summary>
    Task<AppealDto> TakeAsync(Guid id, int version, CancellationToken ct = default);

    /// <summary>The current level cannot resolve it: to the next level (department → school → university), with a new term.</summary>
    Task<AppealDto> EscalateAsync(Guid id, string note, int version, CancellationToken ct = default);

    Task<AppealDto> ResolveAsync(Guid id, string resolution, int version, CancellationToken ct = default);

    /// <summary>A CAPA item raised from the appeal (source Appeal, in the appeal's current unit unless another is given).</summary>
    Task<CapaItemDto> CreateCapaAsync(Guid id, SaveCapaItemInput input, CancellationToken ct = default);

    /// <summary>Appeals received from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    Task<AppealStatisticsDto> GetStatisticsAsync(DateOnly from, DateOnly to, CancellationToken ct = default);
}
