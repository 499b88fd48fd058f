using Ektu.Qa.Improvement.Capa;

namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>Plan items of collegial analyses as a source of CAPA items, linked back to their analysis page.</summary>
internal sealed class CollegialCapaSourceRecords(CollegialRepository repo) : ICapaSourceRecords
{
    public IReadOnlyList<CapaSourceKind> Kinds { get; } = [new(CollegialCapaSources.Action, "CapaSource:InformationManagement.CollegialAction")];

    public async Task<bool> ExistsAsync(string kind, Guid id, CancellationToken ct = default) =>
        kind == CollegialCapaSources.Action && await repo.CountActionAsync(id, ct) > 0;
}
