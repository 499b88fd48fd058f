using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Identity.Sync;

internal sealed class SyncAppService(
    IDbSession db, UnitSync unitSync, PeopleSync peopleSync, SyncRunLog runs, SyncRuleRepository rules, ICurrentUser user, IClock clock,
    AuditContext<IdentityContractsModule> audit, IStringLocalizer l)
    : ISyncAppService
{
    public async Task<SyncBatchResult> PushUnitsAsync(IReadOnlyList<SyncUnitInput>? units, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        return await RunAsync(SyncRunKind.Push, "Unit", null, Batch(units), unitSync.UpsertAsync, ct);
    }

    public async Task<SyncBatchResult> PushPeopleAsync(IReadOnlyList<SyncPersonInput>? people, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        return await RunAsync(SyncRunKind.Push, "Person", null, Batch(people), peopleSync.UpsertAsync, ct);
    }

    public async Task<SyncBatchResult> DeactivateUnitsAsync(IReadOnlyList<string>? externalIds, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        return await RunAsync(SyncRunKind.Push, "Unit", null, Batch(externalIds), unitSync.DeactivateAsync, ct);
    }

    public async Task<SyncBatchResult> DeactivatePeopleAsync(IReadOnlyList<string>? externalIds, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        return await RunAsync(SyncRunKind.Push, "Person", null, Batch(externalIds), peopleSync.DeactivateAsync, ct);
    }

    public async Task<PagedResult<SyncRunDto>> GetRunsAsync(int page, int pageSize, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        var (p, size, offset) = PagedResult<SyncRunDto>.Normalize(page, pageSize);
        var (items, total) = await runs.GetPageAsync(size, offset, ct);
        return new PagedResult<SyncRunDto>(items, total, p, size);
    }

    public async Task<SyncRunDto> GetRunAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        return await runs.FindAsync(id, ct) ?? throw new EntityNotFoundException("SyncRun", id);
    }

    public async Task<IReadOnlyList<SyncRunItemDto>> GetRunItemsAsync(Guid id, CancellationToken ct = default)
    {
        await GetRunAsync(id, ct);
        return (await runs.GetItemsAsync(id, ct)).Select(i => i with { Message = Localize(i.Message) }).ToList();
    }

    public async Task<IReadOnlyList<SyncRuleDto>> GetRulesAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        return (await rules.GetAllAsync(ct)).Select(r => r.ToDto()).ToList();
    }

    public async Task<SyncRuleDto> CreateRuleAsync(SaveSyncRuleInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        var value = input.Value?.Trim() ?? "";
        var roleName = await db.ExecuteScalarAsync<string>("SELECT name FROM id_roles WHERE id = @RoleId", new { input.RoleId }, ct);
        var existing = await rules.GetAllAsync(ct);
        var check = new Check()
            .That(Enum.IsDefined(input.Attribute), nameof(input.Attribute), ErrorCodes.InvalidValue)
            .That(Enum.IsDefined(input.Scope), nameof(input.Scope), ErrorCodes.InvalidValue)
            .Required(nameof(input.Value), value, IdentityConsts.PositionMax)
            .That(input.Attribute != SyncRuleAttribute.Kind || Enum.TryParse<SyncPersonKind>(value, true, out _), nameof(input.Value),
                ErrorCodes.InvalidValue)
            .That(roleName != null, nameof(input.RoleId), ErrorCodes.InvalidValue)
            .That(!existing.Any(r => r.Attribute == input.Attribute && r.RoleId == input.RoleId && r.Scope == input.Scope
                && string.Equals(r.Value, value, StringComparison.OrdinalIgnoreCase)), nameof(input.Value), IdentityErrorCodes.SyncRuleExists);
        check.ThrowIfAny();
        var rule = new SyncRule
        {
            Id = Guid.NewGuid(), Attribute = input.Attribute, Value = value, RoleId = input.RoleId, RoleName = roleName!, Scope = input.Scope,
        };
        await rules.InsertAsync(rule, clock.UtcNow, audit.By, ct);
        await audit.WriteAsync("SyncRule", rule.Id, "Created", AuditChanges.Between(null, rule.ToDto()), ct);
        return rule.ToDto();
    }

    public async Task DeleteRuleAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.Sync.Default);
        var rule = (await rules.GetAllAsync(ct)).FirstOrDefault(r => r.Id == id) ?? throw new EntityNotFoundException("SyncRule", id);
        await rules.DeleteAsync(id, ct);
        await audit.WriteAsync("SyncRule", id, "Deleted", AuditChanges.Between(rule.ToDto(), null), ct);
    }

    /// <summary>Runs one batch and records it; the results carry localized reasons.</summary>
    internal async Task<SyncBatchResult> RunAsync<T>(SyncRunKind kind, string entity, string? source, IReadOnlyList<T> batch,
        Func<IReadOnlyList<T>, CancellationToken, Task<List<SyncItemResult>>> apply, CancellationToken ct)
    {
        var started = clock.UtcNow;
        var items = await apply(batch, ct);
        var runId = await runs.RecordAsync(kind, entity, source, started, clock.UtcNow, audit.By, items, ct);
        return new SyncBatchResult(runId, SyncSummary.Of(items), items.Select(i => i with { Message = Localize(i.Message) }).ToList());
    }

    private string? Localize(string? code) => code == null ? null : l[code].Value;

    private static IReadOnlyList<T> Batch<T>(IReadOnlyList<T>? items)
    {
        if (items == null || items.Count == 0) throw ValidationException.For("Items", ErrorCodes.Required);
        if (items.Count > IdentityConsts.SyncBatchMax) throw ValidationException.For("Items", IdentityErrorCodes.SyncBatchTooLarge);
        return items;
    }
}
