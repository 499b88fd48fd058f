namespace Ektu.Qa.Improvement.Capa;

/// <summary>
/// The module's own source kinds: appeals (a record that must exist) and audit and monitoring findings entered by hand,
/// which have no record here.
/// </summary>
internal sealed class ImprovementCapaSources(Appeals.AppealRepository appeals) : ICapaSourceRecords
{
    public IReadOnlyList<CapaSourceKind> Kinds { get; } =
    [
        new(CapaSources.Appeal, "CapaSource:Improvement.Appeal", "Improvement", "/Appeals/Details"),
        new(CapaSources.Monitoring, "CapaSource:Improvement.Monitoring"),
        new(CapaSources.Audit, "CapaSource:Improvement.Audit"),
    ];

    public async Task<bool> ExistsAsync(string kind, Guid id, CancellationToken ct = default) =>
        kind != CapaSources.Appeal || await appeals.FindAsync(id, ct) != null;
}
