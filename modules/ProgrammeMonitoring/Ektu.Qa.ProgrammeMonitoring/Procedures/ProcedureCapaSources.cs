using Ektu.Qa.Improvement.Capa;

namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>A run of an improvement procedure as a source of CAPA items (its page shows the items raised from it).</summary>
internal sealed class ProcedureCapaSources(ProcedureRepository repo) : ICapaSourceRecords
{
    public const string Run = "ProgrammeMonitoring.ProcedureRun";

    public IReadOnlyList<CapaSourceKind> Kinds { get; } =
        [new(Run, "CapaSource:ProgrammeMonitoring.ProcedureRun", "ProgrammeMonitoring", "/Procedures/Run")];

    public Task<bool> ExistsAsync(string kind, Guid id, CancellationToken ct = default) =>
        kind == Run ? repo.RunRecordExistsAsync(id, ct) : Task.FromResult(false);
}
