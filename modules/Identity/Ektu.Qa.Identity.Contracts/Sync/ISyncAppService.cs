using Ektu.Qa.Kernel.Paging;

namespace Ektu.Qa.Identity.Sync;

/// <summary>
/// People and structure from the university's systems: idempotent upserts and deactivations by external id in batches
/// of at most <see cref="IdentityConsts.SyncBatchMax"/> (units before people), each recorded as a run; role rules applied on
/// every sync. A sync never deletes: it deactivates. Every method needs <c>Identity.Sync</c>.
/// </summary>
public interface ISyncAppService
{
    Task<SyncBatchResult> PushUnitsAsync(IReadOnlyList<SyncUnitInput>? units, CancellationToken ct = default);

    Task<SyncBatchResult> PushPeopleAsync(IReadOnlyList<SyncPersonInput>? people, CancellationToken ct = default);

    Task<SyncBatchResult> DeactivateUnitsAsync(IReadOnlyList<string>? externalIds, CancellationToken ct = default);

    Task<SyncBatchResult> DeactivatePeopleAsync(IReadOnlyList<string>? externalIds, CancellationToken ct = default);

    Task<PagedResult<SyncRunDto>> GetRunsAsync(int page, int pageSize, CancellationToken ct = default);

    Task<SyncRunDto> GetRunAsync(Guid id, CancellationToken ct = default);

    Task<IReadOnlyList<SyncRunItemDto>> GetRunItemsAsync(Guid id, CancellationToken ct = default);

    Task<IReadOnlyList<SyncRuleDto>> GetRulesAsync(CancellationToken ct = default);

    Task<SyncRuleDto> CreateRuleAsync(SaveSyncRuleInput input, CancellationToken ct = default);

    Task DeleteRuleAsync(Guid id, CancellationToken ct = default);
}
