namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>The register for other modules: all programmes, read without a permission check (see the interface).</summary>
internal sealed class ProgrammeIntegrationService(ProgrammeRepository repo) : IProgrammeIntegrationService
{
    public Task<IReadOnlyList<ProgrammeDto>> GetProgrammesAsync(CancellationToken ct = default) =>
        repo.ListAsync(true, [], new ProgrammeListInput(), ct);

    public Task<ProgrammeDto?> FindProgrammeAsync(Guid id, CancellationToken ct = default) => repo.FindAsync(id, ct);
}
