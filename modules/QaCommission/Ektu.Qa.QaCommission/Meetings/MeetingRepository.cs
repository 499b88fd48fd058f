using Ektu.Qa.Kernel.Data;
using Ektu.Qa.QaCommission.Documents;
using Ektu.Qa.QaCommission.Register;

namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>The meeting aggregate: meeting row, agenda, materials, attendance, experts, decisions and votes.</summary>
internal sealed class MeetingRepository(IDbSession db)
{
    private const string Columns = """
        id, commission_id AS CommissionId, meeting_date AS MeetingDate, start_time AS StartTime, meeting_format AS Format, place, state,
        reviews_register AS ReviewsRegister, materials_sent_at AS MaterialsSentAt, materials_sent_on AS MaterialsSentOn,
        acting_chair_member_id AS ActingChairMemberId, acting_chair_order_number AS ActingChairOrderNumber,
            acting_chair_order_date AS ActingChairOrderDate,
        acting_secretary_member_id AS ActingSecretaryMemberId, minutes_year AS MinutesYear, minutes_number AS MinutesNumber, discussion,
            chair_signed_at AS ChairSignedAt, chair_signed_by AS ChairSignedBy,
        secretary_signed_at AS SecretarySignedAt, secretary_signed_by AS SecretarySignedBy, minutes_sent_at AS MinutesSentAt,
        scan_file_name AS ScanFileName, scan_sha256 AS ScanSha256, scan_storage_path AS ScanStoragePath,
        version, created_at AS CreatedAt, created_by AS CreatedBy, updated_at AS UpdatedAt, updated_by AS UpdatedBy
        """;

    public const string DecisionColumns = """
        d.id, d.commission_id AS CommissionId, d.meeting_id AS MeetingId, d.agenda_item_id AS AgendaItemId, d.seq, d.text, d.outcome,
        d.votes_for AS VotesFor, d.votes_against AS VotesAgainst, d.votes_abstain AS VotesAbstain, d.executor_user_id AS ExecutorUserId,
        d.executor_unit_id AS ExecutorUnitId, d.deadline, d.report_form AS ReportForm, d.execution_status AS ExecutionStatus,
        d.execution_note AS ExecutionNote, d.executed_on AS ExecutedOn, d.version, d.created_at AS CreatedAt, d.created_by AS CreatedBy,
        d.updated_at AS UpdatedAt, d.updated_by AS UpdatedBy
        """;

    public Task<IReadOnlyList<Meeting>> ListAsync(Guid commissionId, CancellationToken ct) =>
        db.QueryAsync<Meeting>(
            $"SELECT {Columns} FROM qc_meetings WHERE commission_id = @commissionId ORDER BY meeting_date DESC", new { commissionId }, ct);

    public Task<Meeting?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<Meeting>($"SELECT {Columns} FROM qc_meetings WHERE id = @id", new { id }, ct);

    public Task InsertAsync(Meeting m, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_meetings (id, commission_id, meeting_date, start_time, meeting_format, place, state, reviews_register, version, created_at,
            created_by, updated_at, updated_by)
        VALUES (@Id, @CommissionId, @MeetingDate, @StartTime, @FormatText, @Place, @StateText, @ReviewsRegister, 1, @CreatedAt,
            @CreatedBy, @UpdatedAt, @UpdatedBy)
        """, new { m.Id, m.CommissionId, m.MeetingDate, m.StartTime, FormatText = m.Format.ToString(), m.Place, StateText = m.State.ToString(),
            m.ReviewsRegister, m.CreatedAt, m.CreatedBy, m.UpdatedAt, m.UpdatedBy }, ct);

    /// <summary>Saves the meeting row when nobody saved since <paramref name="expectedVersion"/>; bumps the version.</summary>
    public async Task UpdateAsync(Meeting m, int expectedVersion, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qc_meetings SET meeting_date = @MeetingDate, start_time = @StartTime, meeting_format = @FormatText,
                place = @Place, state = @StateText,
              reviews_register = @ReviewsRegister, materials_sent_at = @MaterialsSentAt, materials_sent_on = @MaterialsSentOn,
              acting_chair_member_id = @ActingChairMemberId, acting_chair_order_number = @ActingChairOrderNumber,
                  acting_chair_order_date = @ActingChairOrderDate,
              acting_secretary_member_id = @ActingSecretaryMemberId,
              minutes_year = @MinutesYear, minutes_number = @MinutesNumber, discussion = @Discussion, chair_signed_at = @ChairSignedAt,
                  chair_signed_by = @ChairSignedBy,
              secretary_signed_at = @SecretarySignedAt, secretary_signed_by = @SecretarySignedBy, minutes_sent_at = @MinutesSentAt,
              scan_file_name = @ScanFileName, scan_sha256 = @ScanSha256, scan_storage_path = @ScanStoragePath,
              version = version + 1, updated_at = @UpdatedAt, updated_by = @UpdatedBy
            WHERE id = @Id AND version = @ExpectedVersion
            """, new
        {
            m.Id, m.MeetingDate, m.StartTime, FormatText = m.Format.ToString(), m.Place, StateText = m.State.ToString(),
                m.ReviewsRegister, m.MaterialsSentAt,
            m.MaterialsSentOn, m.ActingChairMemberId, m.ActingChairOrderNumber, m.ActingChairOrderDate, m.ActingSecretaryMemberId, m.MinutesYear,
                m.MinutesNumber, m.Discussion,
            m.ChairSignedAt, m.ChairSignedBy, m.SecretarySignedAt, m.SecretarySignedBy, m.MinutesSentAt, m.ScanFileName,
                m.ScanSha256, m.ScanStoragePath,
            m.UpdatedAt, m.UpdatedBy, ExpectedVersion = expectedVersion,
        }, ct);
        Concurrency.EnsureUpdated(rows, "Meeting", m.Id);
        m.Version = expectedVersion + 1;
    }

    public async Task<int> NextMinutesNumberAsync(Guid commissionId, int year, CancellationToken ct) =>
        (int)(await db.ExecuteScalarAsync<long?>(
            "SELECT MAX(minutes_number) FROM qc_meetings WHERE commission_id = @commissionId AND minutes_year = @year",
            new { commissionId, year }, ct) ?? 0) + 1;

    public Task<IReadOnlyList<AgendaItemDto>> GetAgendaAsync(Guid meetingId, CancellationToken ct) => db.QueryAsync<AgendaItemDto>(
        "SELECT id, meeting_id AS MeetingId, seq, title, speaker FROM qc_agenda_items WHERE meeting_id = @meetingId ORDER BY seq", new { meetingId },
            ct);

    public Task InsertAgendaItemAsync(AgendaItemDto a, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_agenda_items (id, meeting_id, seq, title, speaker, created_at, created_by) VALUES (@Id, @MeetingId,
            @Seq, @Title, @Speaker, @at, @by)
        """, new { a.Id, a.MeetingId, a.Seq, a.Title, a.Speaker, at, by }, ct);

    public Task<IReadOnlyList<MaterialDto>> GetMaterialsAsync(Guid meetingId, CancellationToken ct) => db.QueryAsync<MaterialDto>("""
        SELECT id, meeting_id AS MeetingId, agenda_item_id AS AgendaItemId, file_name AS FileName, size_bytes AS SizeBytes, created_at AS CreatedAt
        FROM qc_materials WHERE meeting_id = @meetingId ORDER BY created_at
        """, new { meetingId }, ct);

    public Task<StoredFileRow?> FindMaterialFileAsync(Guid id, CancellationToken ct) => db.QuerySingleOrDefaultAsync<StoredFileRow>(
        "SELECT meeting_id AS OwnerId, storage_path AS StoragePath, file_name AS FileName, content_type AS ContentType FROM qc_materials " +
            "WHERE id = @id", new { id }, ct);

    public Task InsertMaterialAsync(MaterialDto m, string contentType, string sha, string path, string by,
        CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_materials (id, meeting_id, agenda_item_id, file_name, content_type, size_bytes, sha256, storage_path, created_at, created_by)
        VALUES (@Id, @MeetingId, @AgendaItemId, @FileName, @contentType, @SizeBytes, @sha, @path, @CreatedAt, @by)
        """, new { m.Id, m.MeetingId, m.AgendaItemId, m.FileName, contentType, m.SizeBytes, sha, path, m.CreatedAt, by }, ct);

    public Task<IReadOnlyList<AttendanceRow>> GetAttendanceAsync(Guid meetingId, CancellationToken ct) => db.QueryAsync<AttendanceRow>(
        "SELECT member_id AS MemberId, status FROM qc_attendance WHERE meeting_id = @meetingId", new { meetingId }, ct);

    public async Task ReplaceAttendanceAsync(Guid meetingId, IReadOnlyDictionary<Guid, AttendanceStatus> statuses, DateTime at,
        string by, CancellationToken ct)
    {
        await db.ExecuteAsync("DELETE FROM qc_attendance WHERE meeting_id = @meetingId", new { meetingId }, ct);
        foreach (var (memberId, status) in statuses)
            await db.ExecuteAsync(
                "INSERT INTO qc_attendance (meeting_id, member_id, status, created_at, created_by) VALUES (@meetingId, @memberId, @status, @at, @by)",
                new { meetingId, memberId, status = status.ToString(), at, by }, ct);
    }

    public Task<IReadOnlyList<ExpertDto>> GetExpertsAsync(Guid meetingId, CancellationToken ct) => db.QueryAsync<ExpertDto>(
        "SELECT id, meeting_id AS MeetingId, full_name AS FullName, organisation FROM qc_experts WHERE meeting_id = @meetingId ORDER BY full_name",
            new { meetingId }, ct);

    public Task InsertExpertAsync(ExpertDto e, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync(
        "INSERT INTO qc_experts (id, meeting_id, full_name, organisation, created_at, created_by) " +
            "VALUES (@Id, @MeetingId, @FullName, @Organisation, @at, @by)",
        new { e.Id, e.MeetingId, e.FullName, e.Organisation, at, by }, ct);

    public Task<IReadOnlyList<Decision>> GetDecisionsAsync(Guid meetingId, CancellationToken ct) =>
        db.QueryAsync<Decision>(
            $"SELECT {DecisionColumns} FROM qc_decisions d WHERE d.meeting_id = @meetingId ORDER BY d.seq", new { meetingId }, ct);

    public Task<Decision?> FindDecisionAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<Decision>($"SELECT {DecisionColumns} FROM qc_decisions d WHERE d.id = @id", new { id }, ct);

    public Task InsertDecisionAsync(Decision d, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qc_decisions (id, commission_id, meeting_id, agenda_item_id, seq, text, outcome, votes_for, votes_against,
            votes_abstain, executor_user_id,
          executor_unit_id, deadline, report_form, execution_status, execution_note, executed_on, version, created_at,
              created_by, updated_at, updated_by)
        VALUES (@Id, @CommissionId, @MeetingId, @AgendaItemId, @Seq, @Text, @OutcomeText, 0, 0, 0, @ExecutorUserId,
          @ExecutorUnitId, @Deadline, @ReportForm, @StatusText, NULL, NULL, 1, @CreatedAt, @CreatedBy, @UpdatedAt, @UpdatedBy)
        """, new
    {
        d.Id, d.CommissionId, d.MeetingId, d.AgendaItemId, d.Seq, d.Text, OutcomeText = d.Outcome.ToString(), d.ExecutorUserId,
            d.ExecutorUnitId, d.Deadline,
        d.ReportForm, StatusText = d.ExecutionStatus.ToString(), d.CreatedAt, d.CreatedBy, d.UpdatedAt, d.UpdatedBy,
    }, ct);

    public async Task UpdateDecisionAsync(Decision d, int expectedVersion, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE qc_decisions SET text = @Text, outcome = @OutcomeText, votes_for = @VotesFor, votes_against = @VotesAgainst,
                votes_abstain = @VotesAbstain,
              executor_user_id = @ExecutorUserId, executor_unit_id = @ExecutorUnitId, deadline = @Deadline, report_form = @ReportForm,
              execution_status = @StatusText, execution_note = @ExecutionNote, executed_on = @ExecutedOn,
              version = version + 1, updated_at = @UpdatedAt, updated_by = @UpdatedBy
            WHERE id = @Id AND version = @ExpectedVersion
            """, new
        {
            d.Id, d.Text, OutcomeText = d.Outcome.ToString(), d.VotesFor, d.VotesAgainst, d.VotesAbstain, d.ExecutorUserId,
                d.ExecutorUnitId, d.Deadline,
            d.ReportForm, StatusText = d.ExecutionStatus.ToString(), d.ExecutionNote, d.ExecutedOn, d.UpdatedAt, d.UpdatedBy,
                ExpectedVersion = expectedVersion,
        }, ct);
        Concurrency.EnsureUpdated(rows, "Decision", d.Id);
        d.Version = expectedVersion + 1;
    }

    public Task<IReadOnlyList<VoteRow>> GetVotesAsync(Guid meetingId, CancellationToken ct) => db.QueryAsync<VoteRow>("""
        SELECT v.decision_id AS DecisionId, v.member_id AS MemberId, v.choice FROM qc_votes v JOIN qc_decisions d ON d.id = v.decision_id
            WHERE d.meeting_id = @meetingId
        """, new { meetingId }, ct);

    public async Task ReplaceVotesAsync(Guid decisionId, IReadOnlyDictionary<Guid, VoteChoice> votes, DateTime at, string by, CancellationToken ct)
    {
        await db.ExecuteAsync("DELETE FROM qc_votes WHERE decision_id = @decisionId", new { decisionId }, ct);
        foreach (var (memberId, choice) in votes)
            await db.ExecuteAsync(
                "INSERT INTO qc_votes (decision_id, member_id, choice, created_at, created_by) VALUES (@decisionId, @memberId, @choice, @at, @by)",
                new { decisionId, memberId, choice = choice.ToString(), at, by }, ct);
    }
}
