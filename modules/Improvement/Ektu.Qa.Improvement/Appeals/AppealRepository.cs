using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Improvement.Appeals;

/// <summary>Appeals (<c>imp_appeals</c>) and their routing steps (<c>imp_appeal_steps</c>).</summary>
internal sealed class AppealRepository(IDbSession db)
{
    private const string Columns = """
        id, applicant_kind AS ApplicantKind, applicant_user_id AS ApplicantUserId, applicant_name AS ApplicantName, channel, kind,
        formality, subject, body AS Text, unit_id AS UnitId, programme_id AS ProgrammeId,
        level, state, received_on AS ReceivedOn, due_on AS DueOn, escalations,
        resolution, resolved_on AS ResolvedOn, version, created_at AS CreatedAt, created_by AS CreatedBy
        """;

    public Task<AppealDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<AppealDto>($"SELECT {Columns} FROM imp_appeals WHERE id = @id", new { id }, ct);

    public Task<IReadOnlyList<AppealDto>> GetByApplicantAsync(Guid userId, CancellationToken ct) => db.QueryAsync<AppealDto>(
        $"SELECT {Columns} FROM imp_appeals WHERE applicant_user_id = @userId ORDER BY received_on DESC, created_at DESC",
        new { userId }, ct);

    /// <summary>
    /// Appeals now at the given units (all when <paramref name="all"/>), optionally received in a period or about one programme.
    /// </summary>
    public Task<IReadOnlyList<AppealDto>> GetAsync(bool all, IEnumerable<Guid> unitIds, DateOnly? from, DateOnly? to, CancellationToken ct,
        Guid? programmeId = null) =>
        db.QueryAsync<AppealDto>($"""
            SELECT {Columns} FROM imp_appeals
            WHERE {(all ? "1 = 1" : "unit_id IN @units")} AND (@from IS NULL OR received_on >= @from) AND (@to IS NULL OR received_on <= @to)
              AND (@programmeId IS NULL OR programme_id = @programmeId)
            ORDER BY received_on DESC, created_at DESC
            """, new { units = SqlIds.Text(unitIds), from, to, programmeId }, ct);

    public Task InsertAsync(AppealDto a, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO imp_appeals (id, applicant_kind, applicant_user_id, applicant_name, channel, kind, formality, subject, body, unit_id,
          programme_id,
          level, state, received_on, due_on, escalations, resolution, resolved_on, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @applicantKind, @ApplicantUserId, @ApplicantName, @channel, @kind, @formality, @Subject, @Text, @UnitId, @ProgrammeId,
          @level, 'Received', @ReceivedOn, @DueOn, 0, NULL, NULL, 1, @at, @by, @at, @by)
        """, new
    {
        a.Id, applicantKind = a.ApplicantKind.ToString(), a.ApplicantUserId, a.ApplicantName, channel = a.Channel.ToString(),
        kind = a.Kind.ToString(), formality = a.Formality.ToString(), a.Subject, a.Text, a.UnitId, a.ProgrammeId, level = a.Level.ToString(),
        a.ReceivedOn, a.DueOn, at, by,
    }, ct);

    public async Task UpdateAsync(Guid id, int version, AppealChange c, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE imp_appeals SET unit_id = @UnitId, level = @level, state = @state, due_on = @DueOn, escalations = @Escalations,
              resolution = @Resolution, resolved_on = @ResolvedOn, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new
        {
            id, version, c.UnitId, level = c.Level.ToString(), state = c.State.ToString(), c.DueOn, c.Escalations, c.Resolution,
            c.ResolvedOn, at, by,
        }, ct);
        Concurrency.EnsureUpdated(rows, "Appeal", id);
    }

    public Task<IReadOnlyList<AppealStepDto>> GetStepsAsync(Guid appealId, CancellationToken ct) => db.QueryAsync<AppealStepDto>("""
        SELECT id, appeal_id AS AppealId, level, unit_id AS UnitId, assigned_on AS AssignedOn, due_on AS DueOn, outcome, note,
          created_at AS CreatedAt, created_by AS CreatedBy
        FROM imp_appeal_steps WHERE appeal_id = @appealId
        ORDER BY created_at, assigned_on, CASE level WHEN 'Department' THEN 0 WHEN 'School' THEN 1 ELSE 2 END
        """, new { appealId }, ct);

    public Task InsertStepAsync(
        Guid appealId, AppealLevel level, Guid unitId, DateOnly assignedOn, DateOnly dueOn, DateTime at, string by, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO imp_appeal_steps (id, appeal_id, level, unit_id, assigned_on, due_on, outcome, note, created_at, created_by)
            VALUES (@id, @appealId, @level, @unitId, @assignedOn, @dueOn, 'Pending', NULL, @at, @by)
            """, new { id = Guid.NewGuid(), appealId, level = level.ToString(), unitId, assignedOn, dueOn, at, by }, ct);

    /// <summary>Ends the pending step; the appeal's version guards it (the caller has just updated the appeal).</summary>
    public Task CloseStepAsync(Guid appealId, AppealStepOutcome outcome, string note, CancellationToken ct) => db.ExecuteAsync(
        "UPDATE imp_appeal_steps SET outcome = @outcome, note = @note WHERE appeal_id = @appealId AND outcome = 'Pending'",
        new { appealId, outcome = outcome.ToString(), note }, ct);
}
