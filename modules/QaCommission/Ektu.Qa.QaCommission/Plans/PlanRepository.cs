using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.QaCommission.Plans;

/// <summary>Annual work plans with their lines, and the monitoring calendar plan.</summary>
internal sealed class PlanRepository(IDbSession db)
{
    private const string PlanColumns = """
        id, commission_id AS CommissionId, academic_year AS AcademicYear, status, approval_instance_id AS ApprovalInstanceId,
            approved_on AS ApprovedOn, return_comment AS ReturnComment, version
        """;

    private const string EventColumns = """
        id, commission_id AS CommissionId, programme_id AS ProgrammeId,
            programme, course, title, responsible, starts_on AS StartsOn, ends_on AS EndsOn, done_on AS DoneOn, version
        """;

    public Task<IReadOnlyList<WorkPlanDto>> GetPlansAsync(Guid commissionId, CancellationToken ct) =>
        db.QueryAsync<WorkPlanDto>(
            $"SELECT {PlanColumns} FROM qc_work_plans WHERE commission_id = @commissionId ORDER BY academic_year DESC", new { commissionId }, ct);

    public Task<WorkPlanDto?> FindPlanAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<WorkPlanDto>($"SELECT {PlanColumns} FROM qc_work_plans WHERE id = @id", new { id }, ct);

    public async Task<bool> PlanExistsAsync(Guid commissionId, int academicYear, CancellationToken ct) => await db.ExecuteScalarAsync<long>(
        "SELECT COUNT(*) FROM qc_work_plans WHERE commission_id = @commissionId AND academic_year = @academicYear",
            new { commissionId, academicYear }, ct) > 0;

    public Task InsertPlanAsync(Guid id, Guid commissionId, int academicYear, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_work_plans (id, commission_id, academic_year, status, approval_instance_id, approved_on, version, created_at,
            created_by, updated_at, updated_by)
        VALUES (@id, @commissionId, @academicYear, 'Draft', NULL, NULL, 1, @at, @by, @at, @by)
        """, new { id, commissionId, academicYear, at, by }, ct);

    public async Task UpdatePlanAsync(Guid id, int version, WorkPlanStatus status, DateOnly? approvedOn, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qc_work_plans SET status = @status, approved_on = @approvedOn, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, version, status = status.ToString(), approvedOn, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "WorkPlan", id);
    }

    /// <summary>The approval's own changes: status, the process instance, the approval date and the return comment together.</summary>
    public async Task UpdateApprovalAsync(Guid id, int version, WorkPlanStatus status, Guid? instanceId, DateOnly? approvedOn, string? returnComment,
        DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qc_work_plans SET status = @status, approval_instance_id = @instanceId, approved_on = @approvedOn, return_comment = @returnComment,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, version, status = status.ToString(), instanceId, approvedOn, returnComment, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "WorkPlan", id);
    }

    public Task<IReadOnlyList<WorkPlanItemDto>> GetItemsAsync(Guid planId, CancellationToken ct) => db.QueryAsync<WorkPlanItemDto>(
        "SELECT id, seq, title, responsible, due_on AS DueOn FROM qc_work_plan_items WHERE plan_id = @planId ORDER BY seq", new { planId }, ct);

    public Task InsertItemAsync(Guid planId, WorkPlanItemDto i, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_work_plan_items (id, plan_id, seq, title, responsible, due_on, created_at, created_by) VALUES (@Id, @planId, @Seq, @Title,
            @Responsible, @DueOn, @at, @by)
        """, new { i.Id, planId, i.Seq, i.Title, i.Responsible, i.DueOn, at, by }, ct);

    public Task<IReadOnlyList<MonitoringEventDto>> GetEventsAsync(Guid commissionId, CancellationToken ct) =>
        db.QueryAsync<MonitoringEventDto>(
            $"SELECT {EventColumns} FROM qc_monitoring_events WHERE commission_id = @commissionId ORDER BY starts_on, programme",
            new { commissionId }, ct);

    public Task<MonitoringEventDto?> FindEventAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<MonitoringEventDto>($"SELECT {EventColumns} FROM qc_monitoring_events WHERE id = @id", new { id }, ct);

    public Task InsertEventAsync(MonitoringEventDto e, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_monitoring_events (id, commission_id, programme_id, programme, course, title, responsible, starts_on, ends_on, version,
            created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @CommissionId, @ProgrammeId, @Programme, @Course, @Title, @Responsible, @StartsOn, @EndsOn, 1, @at, @by, @at, @by)
        """, new { e.Id, e.CommissionId, e.ProgrammeId, e.Programme, e.Course, e.Title, e.Responsible, e.StartsOn, e.EndsOn, at, by }, ct);

    /// <summary>Events of the given commissions planned on a programme of the register.</summary>
    public Task<IReadOnlyList<MonitoringEventDto>> GetProgrammeEventsAsync(
        Guid programmeId, IEnumerable<Guid> commissionIds, CancellationToken ct) =>
        db.QueryAsync<MonitoringEventDto>($"""
            SELECT {EventColumns} FROM qc_monitoring_events WHERE programme_id = @programmeId AND commission_id IN @commissionIds
            ORDER BY starts_on, title
            """, new { programmeId, commissionIds = SqlIds.Text(commissionIds) }, ct);

    /// <summary>Events still naming their programme by free text only, with their commission's school.</summary>
    public Task<IReadOnlyList<UnlinkedEvent>> GetUnlinkedEventsAsync(CancellationToken ct) => db.QueryAsync<UnlinkedEvent>("""
        SELECT e.id, e.programme, c.school_unit_id AS SchoolUnitId FROM qc_monitoring_events e
          JOIN qc_commissions c ON c.id = e.commission_id
        WHERE e.programme_id IS NULL
        """, null, ct);

    /// <summary>Links an old free-text event to the programme its text names; the text stays as it was.</summary>
    public Task LinkEventAsync(Guid id, Guid programmeId, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        UPDATE qc_monitoring_events SET programme_id = @programmeId, version = version + 1, updated_at = @at, updated_by = @by
        WHERE id = @id AND programme_id IS NULL
        """, new { id, programmeId, at, by }, ct);

    public async Task SetEventDoneAsync(Guid id, int version, DateOnly? doneOn, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qc_monitoring_events SET done_on = @doneOn, version = version + 1, updated_at = @at, updated_by = @by
                WHERE id = @id AND version = @version
            """, new { id, version, doneOn, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "MonitoringEvent", id);
    }

    public async Task DeleteEventAsync(Guid id, int version, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("DELETE FROM qc_monitoring_events WHERE id = @id AND version = @version", new { id, version }, ct);
        Concurrency.EnsureUpdated(rows, "MonitoringEvent", id);
    }
}
