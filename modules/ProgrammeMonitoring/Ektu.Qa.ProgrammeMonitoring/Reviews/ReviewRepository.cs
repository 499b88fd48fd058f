using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>
/// Triggers (<c>pm_review_triggers</c>), schedules (<c>pm_review_schedules</c>), reviews (<c>pm_reviews</c>) and their
/// actions (<c>pm_review_actions</c>, indicator values as hundredths).
/// </summary>
internal sealed class ReviewRepository(IDbSession db)
{
    private const string TriggerColumns = """
        id, programme_id AS ProgrammeId, kind, raised_on AS RaisedOn, source, text, evidence, state, decision_reason AS DecisionReason,
        review_id AS ReviewId, decided_on AS DecidedOn, version, created_by AS CreatedBy
        """;

    private const string ReviewColumns = """
        id, programme_id AS ProgrammeId, kind, year, due_on AS DueOn, state, self_evaluation AS SelfEvaluation,
        stakeholder_input AS StakeholderInput, outcomes_achievement AS OutcomesAchievement, decisions, published_changes AS PublishedChanges,
        completed_on AS CompletedOn, version
        """;

    public Task<IReadOnlyList<ReviewTriggerDto>> TriggersAsync(IEnumerable<Guid> programmes, bool openOnly, CancellationToken ct) =>
        db.QueryAsync<ReviewTriggerDto>($"""
            SELECT {TriggerColumns} FROM pm_review_triggers WHERE programme_id IN @programmes {(openOnly ? "AND state = 'Open'" : "")}
            ORDER BY raised_on DESC, created_at DESC
            """, new { programmes = SqlIds.Text(programmes) }, ct);

    public Task<ReviewTriggerDto?> FindTriggerAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ReviewTriggerDto>($"SELECT {TriggerColumns} FROM pm_review_triggers WHERE id = @id", new { id }, ct);

    public Task InsertTriggerAsync(Guid id, RecordTriggerInput i, DateOnly raisedOn, DateTime at, string by, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO pm_review_triggers (id, programme_id, kind, raised_on, source, text, evidence, state, version, created_at, created_by,
              updated_at, updated_by)
            VALUES (@id, @ProgrammeId, @kind, @raisedOn, @Source, @Text, @Evidence, 'Open', 1, @at, @by, @at, @by)
            """, new { id, i.ProgrammeId, kind = i.Kind.ToString(), raisedOn, i.Source, i.Text, i.Evidence, at, by }, ct);

    public async Task DecideTriggerAsync(Guid id, TriggerState state, string? reason, Guid? reviewId, DateOnly on, int version, DateTime at,
        string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE pm_review_triggers SET state = @state, decision_reason = @reason, review_id = @reviewId, decided_on = @on,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, state = state.ToString(), reason, reviewId, on, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "ReviewTrigger", id);
    }

    public Task<IReadOnlyList<ReviewScheduleDto>> SchedulesAsync(CancellationToken ct) => db.QueryAsync<ReviewScheduleDto>(
        "SELECT programme_id AS ProgrammeId, cycle_years AS CycleYears, anchor_on AS AnchorOn, version FROM pm_review_schedules", ct: ct);

    public Task<ReviewScheduleDto?> FindScheduleAsync(Guid programmeId, CancellationToken ct) => db.QuerySingleOrDefaultAsync<ReviewScheduleDto>(
        """
        SELECT programme_id AS ProgrammeId, cycle_years AS CycleYears, anchor_on AS AnchorOn, version
        FROM pm_review_schedules WHERE programme_id = @programmeId
        """, new { programmeId }, ct);

    public Task InsertScheduleAsync(Guid programmeId, int cycleYears, DateOnly anchorOn, DateTime at, string by, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO pm_review_schedules (programme_id, cycle_years, anchor_on, version, updated_at, updated_by)
            VALUES (@programmeId, @cycleYears, @anchorOn, 1, @at, @by)
            """, new { programmeId, cycleYears, anchorOn, at, by }, ct);

    public async Task UpdateScheduleAsync(Guid programmeId, int cycleYears, DateOnly anchorOn, int version, DateTime at, string by,
        CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE pm_review_schedules SET cycle_years = @cycleYears, anchor_on = @anchorOn, version = version + 1, updated_at = @at,
              updated_by = @by
            WHERE programme_id = @programmeId AND version = @version
            """, new { programmeId, cycleYears, anchorOn, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "ReviewSchedule", programmeId);
    }

    public Task<IReadOnlyList<ProgrammeReviewDto>> ReviewsAsync(IEnumerable<Guid> programmes, CancellationToken ct) =>
        db.QueryAsync<ProgrammeReviewDto>(
            $"SELECT {ReviewColumns} FROM pm_reviews WHERE programme_id IN @programmes ORDER BY due_on DESC, created_at DESC",
            new { programmes = SqlIds.Text(programmes) }, ct);

    public Task<ProgrammeReviewDto?> FindReviewAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<ProgrammeReviewDto>($"SELECT {ReviewColumns} FROM pm_reviews WHERE id = @id", new { id }, ct);

    public Task InsertReviewAsync(Guid id, Guid programmeId, ReviewKind kind, DateOnly dueOn, DateTime at, string by, CancellationToken ct) =>
        db.ExecuteAsync("""
            INSERT INTO pm_reviews (id, programme_id, kind, year, due_on, state, version, created_at, created_by, updated_at, updated_by)
            VALUES (@id, @programmeId, @kind, @year, @dueOn, 'Open', 1, @at, @by, @at, @by)
            """, new { id, programmeId, kind = kind.ToString(), year = dueOn.Year, dueOn, at, by }, ct);

    public async Task UpdateReviewAsync(Guid id, SaveReviewInput i, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE pm_reviews SET self_evaluation = @SelfEvaluation, stakeholder_input = @StakeholderInput,
              outcomes_achievement = @OutcomesAchievement, decisions = @Decisions, published_changes = @PublishedChanges,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @Version AND state = 'Open'
            """, new { id, i.SelfEvaluation, i.StakeholderInput, i.OutcomesAchievement, i.Decisions, i.PublishedChanges, i.Version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "ProgrammeReview", id);
    }

    public async Task CompleteReviewAsync(Guid id, DateOnly on, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE pm_reviews SET state = 'Completed', completed_on = @on, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version AND state = 'Open'
            """, new { id, on, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "ProgrammeReview", id);
    }

    public Task<IReadOnlyList<ActionRow>> ActionsAsync(IEnumerable<Guid> reviews, CancellationToken ct) => db.QueryAsync<ActionRow>("""
        SELECT id, review_id AS ReviewId, text, indicator, baseline_year AS BaselineYear, baseline_x100 AS BaselineX100, deadline, state,
          closed_on AS ClosedOn
        FROM pm_review_actions WHERE review_id IN @reviews ORDER BY created_at, id
        """, new { reviews = SqlIds.Text(reviews) }, ct);

    public Task InsertActionAsync(Guid id, Guid reviewId, AddActionInput i, int baselineYear, long? baselineX100, DateTime at, string by,
        CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO pm_review_actions (id, review_id, text, indicator, baseline_year, baseline_x100, deadline, state, created_at, created_by)
        VALUES (@id, @reviewId, @Text, @indicator, @baselineYear, @baselineX100, @Deadline, 'Open', @at, @by)
        """, new { id, reviewId, Text = i.Text.Trim(), indicator = i.Indicator.ToString(), baselineYear, baselineX100, i.Deadline, at, by }, ct);

    public async Task CloseActionAsync(Guid id, DateOnly on, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync(
            "UPDATE pm_review_actions SET state = 'Closed', closed_on = @on WHERE id = @id AND state = 'Open'", new { id, on }, ct);
        Concurrency.EnsureUpdated(rows, "ReviewAction", id);
    }

    public Task<IReadOnlyList<PublishedChangeDto>> PublishedAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        db.QueryAsync<PublishedChangeDto>("""
            SELECT r.programme_id AS ProgrammeId, p.group_code AS GroupCode, p.title_en AS ProgrammeTitle, p.school_id AS SchoolId,
              r.completed_on AS CompletedOn, r.published_changes AS Changes
            FROM pm_reviews r JOIN pm_programmes p ON p.id = r.programme_id
            WHERE r.state = 'Completed' AND r.published_changes IS NOT NULL AND r.completed_on >= @from AND r.completed_on <= @to
            ORDER BY r.completed_on, p.group_code
            """, new { from, to }, ct);

    /// <summary>An action as stored; the service turns hundredths into values and judges the effect.</summary>
    internal sealed class ActionRow
    {
        public Guid Id { get; init; }
        public Guid ReviewId { get; init; }
        public string Text { get; init; } = "";
        public Effectiveness.EffectivenessIndicator Indicator { get; init; }
        public int BaselineYear { get; init; }
        public long? BaselineX100 { get; init; }
        public DateOnly Deadline { get; init; }
        public ReviewActionState State { get; init; }
        public DateOnly? ClosedOn { get; init; }
    }
}
