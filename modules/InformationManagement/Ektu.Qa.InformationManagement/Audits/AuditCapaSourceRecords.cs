using Ektu.Qa.Improvement.Capa;

namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>Audit findings as a source of CAPA items, so Improvement can check that a raised item's finding exists.</summary>
internal sealed class AuditCapaSourceRecords(AuditRepository repo) : ICapaSourceRecords
{
    public IReadOnlyList<CapaSourceKind> Kinds { get; } =
        [new(AuditCapaSources.Finding, "CapaSource:InformationManagement.AuditFinding", "InformationManagement", "/Audits/Finding")];

    public Task<bool> ExistsAsync(string kind, Guid id, CancellationToken ct = default) =>
        kind == AuditCapaSources.Finding ? repo.FindingExistsAsync(id, ct) : Task.FromResult(false);
}
