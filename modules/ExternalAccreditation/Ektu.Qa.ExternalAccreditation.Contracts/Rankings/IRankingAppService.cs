namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>
/// National and international rankings (000 §Mechanisms): the ranking systems as reference data, the university's
/// participation per edition with position or band and the data submitted, and the programmes' top-5 share.
/// </summary>
public interface IRankingAppService
{
    Task<IReadOnlyList<RankingSystemDto>> GetSystemsAsync(CancellationToken ct = default);

    Task<RankingSystemDto> CreateSystemAsync(SaveRankingSystemInput input, CancellationToken ct = default);

    Task<RankingSystemDto> UpdateSystemAsync(Guid id, SaveRankingSystemInput input, CancellationToken ct = default);

    /// <summary>Entries, newest edition first; of one system when <paramref name="systemId"/> is given.</summary>
    Task<IReadOnlyList<RankingEntryDto>> GetEntriesAsync(Guid? systemId = null, CancellationToken ct = default);

    Task<RankingEntryDto> GetEntryAsync(Guid id, CancellationToken ct = default);

    Task<RankingEntryDto> CreateEntryAsync(SaveRankingEntryInput input, CancellationToken ct = default);

    Task<RankingEntryDto> UpdateEntryAsync(Guid id, SaveRankingEntryInput input, CancellationToken ct = default);

    /// <summary>Per programme ranking and year: the share of ranked programmes in the top 5 of their direction.</summary>
    Task<IReadOnlyList<TopFiveShareDto>> GetTopFiveSharesAsync(CancellationToken ct = default);
}
