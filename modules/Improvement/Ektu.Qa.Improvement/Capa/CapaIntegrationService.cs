using Ektu.Qa.Improvement.Permissions;
using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Improvement.Capa;

/// <summary>CAPA for other modules, on the app service's rules; report reads state items as of a day.</summary>
internal sealed class CapaIntegrationService(CapaAppService capa, CapaRepository repo, ICurrentUser user)
    : ICapaIntegrationService
{
    public Task<CapaItemDto> RaiseAsync(SaveCapaItemInput input, CancellationToken ct = default) => capa.CreateAsync(input, ct);

    public Task<RaisedCapaItem> RaiseOnceAsync(SaveCapaItemInput input, CancellationToken ct = default) => capa.CreateOnceAsync(input, ct);

    public async Task<IReadOnlyList<CapaItemDto>> GetBySourceAsync(string source, Guid sourceId, CancellationToken ct = default) =>
        await user.HasPermissionAsync(ImprovementPermissions.Capa.Default) ? await capa.GetBySourceAsync(source, sourceId, ct) : [];

    public async Task<IReadOnlyList<CapaItemDto>> GetForUnitsAsync(
        IReadOnlyCollection<Guid> unitIds, DateOnly asOf, CancellationToken ct = default)
    {
        var items = (await repo.GetAsync(false, unitIds, Guid.Empty, ct)).Where(i => unitIds.Contains(i.UnitId)).ToList();
        foreach (var i in items)
        {
            i.State = CapaRules.AsOf(i, asOf);
            i.IsOverdue = CapaRules.IsOverdue(i.State, i.Deadline, asOf);
        }
        return items;
    }
}
