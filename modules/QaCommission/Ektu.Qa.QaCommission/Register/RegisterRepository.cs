using Ektu.Qa.Kernel.Data;
using Ektu.Qa.QaCommission.Documents;

namespace Ektu.Qa.QaCommission.Register;

/// <summary>Follow-up records of the register: status requests, violations, evidence, notices.</summary>
internal sealed class RegisterRepository(IDbSession db)
{
    private const string RequestColumns = """
        r.id, r.decision_id AS DecisionId, r.commission_id AS CommissionId, r.quarter_end AS QuarterEnd, r.executor_user_id AS ExecutorUserId,
        r.executor_unit_id AS ExecutorUnitId, r.response, r.responded_at AS RespondedAt, r.responded_by AS RespondedBy,
            r.version, d.text AS DecisionText
        """;

    private const string ViolationColumns = """
        id, decision_id AS DecisionId, violation_kind AS Kind, ladder_step AS Step, occurrence, note, inquiry_order_number AS InquiryOrderNumber,
        inquiry_order_date AS InquiryOrderDate, created_at AS CreatedAt, version
        """;

    /// <summary>Idempotent: the unique index on (decision, quarter end) keeps one request per decision per quarter.</summary>
    public Task<int> InsertRequestIgnoreAsync(Guid decisionId, Guid commissionId, DateOnly quarterEnd, Guid? executorUserId, Guid? executorUnitId,
        DateTime at, string by, CancellationToken ct) =>
        db.ExecuteAsync(db.Dialect.InsertIgnore("qc_status_requests",
            "id, decision_id, commission_id, quarter_end, executor_user_id, executor_unit_id, response, responded_at, responded_by, version, " +
                "created_at, created_by, updated_at, updated_by",
            "@id, @decisionId, @commissionId, @quarterEnd, @executorUserId, @executorUnitId, NULL, NULL, NULL, 1, @at, @by, @at, @by"),
            new { id = Guid.NewGuid(), decisionId, commissionId, quarterEnd, executorUserId, executorUnitId, at, by }, ct);

    public async Task<bool> RequestExistsAsync(Guid decisionId, DateOnly quarterEnd, CancellationToken ct) => await db.ExecuteScalarAsync<long>(
        "SELECT COUNT(*) FROM qc_status_requests WHERE decision_id = @decisionId AND quarter_end = @quarterEnd",
            new { decisionId, quarterEnd }, ct) > 0;

    public Task<IReadOnlyList<StatusRequestDto>> GetRequestsAsync(Guid commissionId, CancellationToken ct) => db.QueryAsync<StatusRequestDto>(
        $"SELECT {RequestColumns} FROM qc_status_requests r JOIN qc_decisions d ON d.id = r.decision_id WHERE r.commission_id = @commissionId " +
            $"ORDER BY r.quarter_end DESC, d.seq",
        new { commissionId }, ct);

    public Task<IReadOnlyList<StatusRequestDto>> GetRequestsForAsync(Guid me, string[] units, CancellationToken ct) =>
        db.QueryAsync<StatusRequestDto>($"""
        SELECT {RequestColumns} FROM qc_status_requests r JOIN qc_decisions d ON d.id = r.decision_id
        WHERE r.executor_user_id = @me OR r.executor_unit_id IN @units
        ORDER BY r.quarter_end DESC
        """, new { me, units }, ct);

    public Task<StatusRequestDto?> FindRequestAsync(Guid id, CancellationToken ct) => db.QuerySingleOrDefaultAsync<StatusRequestDto>(
        $"SELECT {RequestColumns} FROM qc_status_requests r JOIN qc_decisions d ON d.id = r.decision_id WHERE r.id = @id", new { id }, ct);

    public async Task AnswerRequestAsync(Guid id, int version, string response, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qc_status_requests SET response = @response, responded_at = @at, responded_by = @by, version = version + 1,
                updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, version, response, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "StatusRequest", id);
    }

    public async Task<int> CountViolationsAsync(Guid commissionId, string executorKey, CancellationToken ct) =>
        (int)await db.ExecuteScalarAsync<long>(
        "SELECT COUNT(*) FROM qc_violations WHERE commission_id = @commissionId AND executor_key = @executorKey",
            new { commissionId, executorKey }, ct);

    public async Task<bool> HasViolationAsync(Guid decisionId, ViolationKind kind, CancellationToken ct) => await db.ExecuteScalarAsync<long>(
        "SELECT COUNT(*) FROM qc_violations WHERE decision_id = @decisionId AND violation_kind = @kind",
            new { decisionId, kind = kind.ToString() }, ct) > 0;

    public Task InsertViolationAsync(ViolationDto v, Guid commissionId, string executorKey, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_violations (id, decision_id, commission_id, executor_key, violation_kind, ladder_step, occurrence, note, version, created_at,
            created_by, updated_at, updated_by)
        VALUES (@Id, @DecisionId, @commissionId, @executorKey, @KindText, @StepText, @Occurrence, @Note, 1, @CreatedAt, @by, @CreatedAt, @by)
        """, new { v.Id, v.DecisionId, commissionId, executorKey, KindText = v.Kind.ToString(), StepText = v.Step.ToString(), v.Occurrence,
            v.Note, v.CreatedAt, by }, ct);

    public Task<IReadOnlyList<ViolationDto>> GetViolationsAsync(Guid decisionId, CancellationToken ct) => db.QueryAsync<ViolationDto>(
        $"SELECT {ViolationColumns} FROM qc_violations WHERE decision_id = @decisionId ORDER BY occurrence, created_at", new { decisionId }, ct);

    public Task<IReadOnlyList<ViolationDto>> GetCommissionViolationsAsync(Guid commissionId, CancellationToken ct) => db.QueryAsync<ViolationDto>(
        $"SELECT {ViolationColumns} FROM qc_violations WHERE commission_id = @commissionId ORDER BY occurrence, created_at", new { commissionId },
            ct);

    public Task<ViolationDto?> FindViolationAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ViolationDto>($"SELECT {ViolationColumns} FROM qc_violations WHERE id = @id", new { id }, ct);

    public async Task RecordInquiryAsync(Guid id, int version, string orderNumber, DateOnly orderDate, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qc_violations SET inquiry_order_number = @orderNumber, inquiry_order_date = @orderDate, inquiry_recorded_by = @by,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, version, orderNumber, orderDate, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Violation", id);
    }

    public Task<IReadOnlyList<ExecutionEvidenceDto>> GetEvidenceAsync(Guid decisionId, CancellationToken ct) => db.QueryAsync<ExecutionEvidenceDto>(
        "SELECT id, decision_id AS DecisionId, note, file_name AS FileName, created_at AS CreatedAt, created_by AS CreatedBy FROM qc_evidence " +
            "WHERE decision_id = @decisionId ORDER BY created_at",
        new { decisionId }, ct);

    public Task<StoredFileRow?> FindEvidenceFileAsync(Guid id, CancellationToken ct) => db.QuerySingleOrDefaultAsync<StoredFileRow>(
        "SELECT decision_id AS OwnerId, storage_path AS StoragePath, file_name AS FileName, content_type AS ContentType FROM qc_evidence " +
            "WHERE id = @id", new { id }, ct);

    public Task InsertEvidenceAsync(ExecutionEvidenceDto e, string? contentType, string? sha, string? path, CancellationToken ct) =>
        db.ExecuteAsync("""
        INSERT INTO qc_evidence (id, decision_id, note, file_name, content_type, sha256, storage_path, created_at, created_by)
        VALUES (@Id, @DecisionId, @Note, @FileName, @contentType, @sha, @path, @CreatedAt, @CreatedBy)
        """, new { e.Id, e.DecisionId, e.Note, e.FileName, contentType, sha, path, e.CreatedAt, e.CreatedBy }, ct);

    public Task InsertNoticeAsync(NoticeDto n, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_notices (id, commission_id, recipient_user_id, notice_kind, subject_text, link, created_at, read_at)
        VALUES (@Id, @CommissionId, @RecipientUserId, @Kind, @Subject, @Link, @CreatedAt, NULL)
        """, n, ct);

    public Task<IReadOnlyList<NoticeDto>> GetNoticesAsync(Guid recipientUserId, CancellationToken ct) => db.QueryAsync<NoticeDto>("""
        SELECT id, commission_id AS CommissionId, recipient_user_id AS RecipientUserId, notice_kind AS Kind, subject_text AS Subject,
            link, created_at AS CreatedAt
        FROM qc_notices WHERE recipient_user_id = @recipientUserId ORDER BY created_at DESC
        """, new { recipientUserId }, ct);
}
