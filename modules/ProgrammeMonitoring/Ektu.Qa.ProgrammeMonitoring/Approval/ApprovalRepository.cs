using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>The runs of the programme processes (<c>pm_approvals</c>): one row per started instance.</summary>
internal sealed class ApprovalRepository(IDbSession db)
{
    private const string Columns = """
        id, programme_id AS ProgrammeId, version_number AS VersionNumber, register_kind AS RegisterKind, instance_id AS InstanceId, outcome,
        comment, new_number AS NewNumber, submitted_by AS SubmittedBy, submitted_at AS SubmittedAt, decided_by AS DecidedBy,
        decided_at AS DecidedAt
        """;

    public Task<ProgrammeApprovalDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ProgrammeApprovalDto>($"SELECT {Columns} FROM pm_approvals WHERE id = @id", new { id }, ct);

    public Task<IReadOnlyList<ProgrammeApprovalDto>> ListAsync(Guid programmeId, CancellationToken ct) => db.QueryAsync<ProgrammeApprovalDto>(
        $"SELECT {Columns} FROM pm_approvals WHERE programme_id = @programmeId ORDER BY submitted_at DESC, id", new { programmeId }, ct);

    /// <summary>The run going on for the programme, if any (there is at most one).</summary>
    public async Task<ProgrammeApprovalDto?> RunningAsync(Guid programmeId, CancellationToken ct) =>
        (await db.QueryAsync<ProgrammeApprovalDto>($"SELECT {Columns} FROM pm_approvals WHERE programme_id = @programmeId AND outcome = @running",
            new { programmeId, running = nameof(ApprovalOutcome.Running) }, ct)).FirstOrDefault();

    public Task InsertAsync(ProgrammeApprovalDto a, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO pm_approvals (id, programme_id, version_number, register_kind, instance_id, outcome, submitted_by, submitted_at)
        VALUES (@Id, @ProgrammeId, @VersionNumber, @kind, @InstanceId, @outcome, @SubmittedBy, @SubmittedAt)
        """, new { a.Id, a.ProgrammeId, a.VersionNumber, kind = a.RegisterKind?.ToString(), a.InstanceId, outcome = a.Outcome.ToString(),
            a.SubmittedBy, a.SubmittedAt }, ct);

    /// <summary>Records the outcome of a running run; false when it was already decided (a repeated service call changes nothing).</summary>
    public async Task<bool> DecideAsync(Guid id, ApprovalOutcome outcome, string? comment, int? newNumber, DateTime at, string by,
        CancellationToken ct) =>
        await db.ExecuteAsync("""
            UPDATE pm_approvals SET outcome = @outcome, comment = @comment, new_number = @newNumber, decided_at = @at, decided_by = @by
            WHERE id = @id AND outcome = @running
            """, new { id, outcome = outcome.ToString(), comment, newNumber, at, by, running = nameof(ApprovalOutcome.Running) }, ct) == 1;
}
