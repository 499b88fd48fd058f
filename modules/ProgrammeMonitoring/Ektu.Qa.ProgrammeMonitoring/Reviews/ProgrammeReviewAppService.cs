using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Effectiveness;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>
/// Standard 9 on a programme: triggers and their decisions, the review cycle with its due dates, reviews with their texts
/// and actions, and each action's effect on the indicator it names. Every record is read and written in the programme's
/// scope (404 outside it); writes need Programmes.Manage and leave an audit entry under the programme's school.
/// </summary>
internal sealed class ProgrammeReviewAppService(ReviewRepository repo, MonitoredProgrammes programmes, EffectivenessRepository indicators,
    IStakeholderSatisfactionSource satisfaction, AuditContext<ProgrammeMonitoringContractsModule> audit, ICurrentUser user, IClock clock,
    IUserClock userClock) : IProgrammeReviewAppService
{
    public const int DefaultCycleYears = 5;

    private DateOnly Today => userClock.Today;

    public async Task<IReadOnlyList<ReviewTriggerDto>> GetTriggersAsync(Guid? programmeId, bool openOnly, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var visible = await programmes.VisibleAsync(ct);
        if (programmeId is { } only) await programmes.LoadAsync(only, ct);
        var list = await repo.TriggersAsync(programmeId is { } id ? [id] : visible.Keys, openOnly, ct);
        foreach (var t in list) Name(t, visible[t.ProgrammeId]);
        return list;
    }

    public async Task<ReviewTriggerDto> RecordTriggerAsync(RecordTriggerInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var p = await programmes.LoadAsync(input.ProgrammeId, ct);
        var on = input.RaisedOn ?? Today;
        new Check()
            .That(Enum.IsDefined(input.Kind), nameof(input.Kind), ErrorCodes.InvalidValue)
            .That(on <= Today, nameof(input.RaisedOn), ReviewErrorCodes.FutureDate)
            .Required(nameof(input.Source), input.Source, 300)
            .Required(nameof(input.Text), input.Text, ProgrammeMonitoringConsts.TextMax)
            .Optional(nameof(input.Evidence), input.Evidence, 300)
            .ThrowIfAny();
        var id = Guid.NewGuid();
        var clean = new RecordTriggerInput
        {
            ProgrammeId = p.Id, Kind = input.Kind, Source = input.Source.Trim(), Text = input.Text.Trim(),
            Evidence = string.IsNullOrWhiteSpace(input.Evidence) ? null : input.Evidence.Trim(),
        };
        await repo.InsertTriggerAsync(id, clean, on, clock.UtcNow, audit.By, ct);
        var after = Name((await repo.FindTriggerAsync(id, ct))!, p);
        await audit.WriteAsync("ReviewTrigger", id, "TriggerRecorded", AuditChanges.Between(null, after), ct, unitId: p.SchoolId);
        return after;
    }

    public async Task<ReviewTriggerDto> DecideTriggerAsync(Guid id, DecideTriggerInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var before = await repo.FindTriggerAsync(id, ct) ?? throw new EntityNotFoundException("ReviewTrigger", id);
        var p = await programmes.LoadAsync(before.ProgrammeId, ct);
        if (before.State != TriggerState.Open) throw new QaException(ReviewErrorCodes.TriggerDecided, 409);
        // A "no" must say why (standard 9: each ground is either acted on or answered); an opened review speaks for itself.
        if (!input.OpenReview) new Check().Required(nameof(input.Reason), input.Reason, ProgrammeMonitoringConsts.TextMax).ThrowIfAny();
        else new Check().Optional(nameof(input.Reason), input.Reason, ProgrammeMonitoringConsts.TextMax).ThrowIfAny();
        Guid? reviewId = null;
        if (input.OpenReview)
        {
            reviewId = Guid.NewGuid();
            await repo.InsertReviewAsync(reviewId.Value, p.Id, ReviewKind.Triggered, Today, clock.UtcNow, audit.By, ct);
            await audit.WriteAsync("ProgrammeReview", reviewId.Value, "ReviewStarted", [], ct, unitId: p.SchoolId);
        }
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        await repo.DecideTriggerAsync(id, input.OpenReview ? TriggerState.ReviewOpened : TriggerState.Declined, reason, reviewId, Today,
            input.Version, clock.UtcNow, audit.By, ct);
        var after = Name((await repo.FindTriggerAsync(id, ct))!, p);
        await audit.WriteAsync("ReviewTrigger", id, input.OpenReview ? "TriggerReviewOpened" : "TriggerDeclined",
            AuditChanges.Between(before, after), ct, unitId: p.SchoolId);
        return after;
    }

    public async Task<IReadOnlyList<ReviewScheduleDto>> GetSchedulesAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var visible = await programmes.VisibleAsync(ct);
        var stored = (await repo.SchedulesAsync(ct)).ToDictionary(s => s.ProgrammeId);
        var list = new List<ReviewScheduleDto>();
        foreach (var p in visible.Values.Where(p => p.ApprovedNumber != null || stored.ContainsKey(p.Id)))
            list.Add(await ScheduleOfAsync(p, stored.GetValueOrDefault(p.Id), ct));
        return list.OrderBy(s => s.NextPeriodicDue).ThenBy(s => s.GroupCode, StringComparer.Ordinal).ToList();
    }

    public async Task<ReviewScheduleDto> GetScheduleAsync(Guid programmeId, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var p = await programmes.LoadAsync(programmeId, ct);
        return await ScheduleOfAsync(p, await repo.FindScheduleAsync(programmeId, ct), ct);
    }

    public async Task<ReviewScheduleDto> SetScheduleAsync(Guid programmeId, SetScheduleInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var p = await programmes.LoadAsync(programmeId, ct);
        new Check().That(input.CycleYears is >= ReviewRules.MinCycleYears and <= ReviewRules.MaxCycleYears, nameof(input.CycleYears),
            ReviewErrorCodes.CycleYears).ThrowIfAny();
        var stored = await repo.FindScheduleAsync(programmeId, ct);
        var before = await ScheduleOfAsync(p, stored, ct);
        var anchor = input.AnchorOn ?? before.AnchorOn;
        if (stored == null) await repo.InsertScheduleAsync(programmeId, input.CycleYears, anchor, clock.UtcNow, audit.By, ct);
        else await repo.UpdateScheduleAsync(programmeId, input.CycleYears, anchor, input.Version, clock.UtcNow, audit.By, ct);
        var after = await ScheduleOfAsync(p, await repo.FindScheduleAsync(programmeId, ct), ct);
        await audit.WriteAsync("ReviewSchedule", programmeId, "ScheduleChanged", AuditChanges.Between(before, after), ct, unitId: p.SchoolId);
        return after;
    }

    public async Task<IReadOnlyList<ProgrammeReviewDto>> GetReviewsAsync(Guid? programmeId, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var visible = await programmes.VisibleAsync(ct);
        if (programmeId is { } only) await programmes.LoadAsync(only, ct);
        var list = await repo.ReviewsAsync(programmeId is { } id ? [id] : visible.Keys, ct);
        await WithActionsAsync(list, ct);
        foreach (var r in list) Name(r, visible[r.ProgrammeId]);
        return list;
    }

    public async Task<ProgrammeReviewDto> GetReviewAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        return await LoadReviewAsync(id, ct);
    }

    public async Task<ProgrammeReviewDto> StartReviewAsync(Guid programmeId, ReviewKind kind, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var p = await programmes.LoadAsync(programmeId, ct);
        new Check().That(kind is ReviewKind.Periodic or ReviewKind.YearlyMonitoring, nameof(kind), ErrorCodes.InvalidValue).ThrowIfAny();
        var schedule = await ScheduleOfAsync(p, await repo.FindScheduleAsync(programmeId, ct), ct);
        var due = kind == ReviewKind.Periodic ? schedule.NextPeriodicDue : schedule.NextMonitoringDue;
        var id = Guid.NewGuid();
        await repo.InsertReviewAsync(id, p.Id, kind, due, clock.UtcNow, audit.By, ct);
        var after = await LoadReviewAsync(id, ct);
        await audit.WriteAsync("ProgrammeReview", id, "ReviewStarted", AuditChanges.Between(null, after), ct, unitId: p.SchoolId);
        return after;
    }

    public async Task<ProgrammeReviewDto> SaveReviewAsync(Guid id, SaveReviewInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var before = await LoadOpenReviewAsync(id, ct);
        const int max = 4000;
        new Check().Optional(nameof(input.SelfEvaluation), input.SelfEvaluation, max)
            .Optional(nameof(input.StakeholderInput), input.StakeholderInput, max)
            .Optional(nameof(input.OutcomesAchievement), input.OutcomesAchievement, max)
            .Optional(nameof(input.Decisions), input.Decisions, max)
            .Optional(nameof(input.PublishedChanges), input.PublishedChanges, max).ThrowIfAny();
        await repo.UpdateReviewAsync(id, new SaveReviewInput
        {
            SelfEvaluation = Trim(input.SelfEvaluation), StakeholderInput = Trim(input.StakeholderInput),
            OutcomesAchievement = Trim(input.OutcomesAchievement), Decisions = Trim(input.Decisions),
            PublishedChanges = Trim(input.PublishedChanges), Version = input.Version,
        }, clock.UtcNow, audit.By, ct);
        var after = await LoadReviewAsync(id, ct);
        await audit.WriteAsync("ProgrammeReview", id, "ReviewSaved", AuditChanges.Between(before, after), ct,
            unitId: before.SchoolId);
        return after;
    }

    public async Task<ProgrammeReviewDto> CompleteReviewAsync(Guid id, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var before = await LoadOpenReviewAsync(id, ct);
        await repo.CompleteReviewAsync(id, Today, version, clock.UtcNow, audit.By, ct);
        if (before.Kind == ReviewKind.Periodic)
        {
            // The next cycle counts from the day this review ended, not from the day it was due.
            var stored = await repo.FindScheduleAsync(before.ProgrammeId, ct);
            if (stored == null) await repo.InsertScheduleAsync(before.ProgrammeId, DefaultCycleYears, Today, clock.UtcNow, audit.By, ct);
            else await repo.UpdateScheduleAsync(before.ProgrammeId, stored.CycleYears, Today, stored.Version, clock.UtcNow, audit.By, ct);
        }
        var after = await LoadReviewAsync(id, ct);
        await audit.WriteAsync("ProgrammeReview", id, "ReviewCompleted", AuditChanges.Between(before, after), ct,
            unitId: before.SchoolId);
        return after;
    }

    public async Task<ProgrammeReviewDto> AddActionAsync(Guid reviewId, AddActionInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var review = await LoadOpenReviewAsync(reviewId, ct);
        new Check().Required(nameof(input.Text), input.Text, ProgrammeMonitoringConsts.TextMax)
            .That(Enum.IsDefined(input.Indicator), nameof(input.Indicator), ErrorCodes.InvalidValue)
            .That(input.Deadline != null, nameof(input.Deadline), ErrorCodes.Required)
            .That(input.Deadline == null || input.Deadline >= Today, nameof(input.Deadline), ErrorCodes.InvalidValue)
            .ThrowIfAny();
        // The baseline is the newest value recorded so far: the next cycle's value is compared with it.
        var latest = (await indicators.ValuesAsync([review.ProgrammeId], null, ct))
            .Where(v => v.Indicator == input.Indicator && v.Year <= Today.Year).MaxBy(v => v.Year);
        var id = Guid.NewGuid();
        await repo.InsertActionAsync(id, reviewId, input, latest?.Year ?? Today.Year - 1,
            latest == null ? null : EffectivenessRepository.X100(latest.Value), clock.UtcNow, audit.By, ct);
        await audit.WriteAsync("ProgrammeReview", reviewId, "ActionAdded",
            [new AuditChange("Action", null, $"{input.Indicator}: {input.Text.Trim()}")], ct, unitId: review.SchoolId);
        return await LoadReviewAsync(reviewId, ct);
    }

    public async Task<ProgrammeReviewDto> CloseActionAsync(Guid reviewId, Guid actionId, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var review = await LoadReviewAsync(reviewId, ct);
        var action = review.Actions.SingleOrDefault(a => a.Id == actionId) ?? throw new EntityNotFoundException("ReviewAction", actionId);
        if (action.State == ReviewActionState.Closed) throw new QaException(ReviewErrorCodes.ActionClosed, 409);
        await repo.CloseActionAsync(actionId, Today, ct);
        await audit.WriteAsync("ProgrammeReview", reviewId, "ActionClosed", [new AuditChange("Action", null, action.Text)], ct,
            unitId: review.SchoolId);
        return await LoadReviewAsync(reviewId, ct);
    }

    public async Task<decimal?> GetSurveySatisfactionAsync(Guid programmeId, int year, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        await programmes.LoadAsync(programmeId, ct);
        return await satisfaction.GetSatisfactionAsync(programmeId, year, ct);
    }

    private async Task<ReviewScheduleDto> ScheduleOfAsync(ProgrammeDto p, ReviewScheduleDto? stored, CancellationToken ct)
    {
        var anchor = stored?.AnchorOn ?? await programmes.ApprovedOnAsync(p, ct) ?? Today;
        var cycle = stored?.CycleYears ?? DefaultCycleYears;
        return new ReviewScheduleDto
        {
            ProgrammeId = p.Id, GroupCode = p.GroupCode, ProgrammeTitle = p.Title, SchoolId = p.SchoolId, CycleYears = cycle, AnchorOn = anchor,
            NextPeriodicDue = ReviewRules.NextPeriodic(anchor, cycle), NextMonitoringDue = ReviewRules.NextMonitoring(anchor, Today),
            PeriodicDue = ReviewRules.PeriodicDue(anchor, cycle, Today), Version = stored?.Version ?? 0,
        };
    }

    private async Task<ProgrammeReviewDto> LoadReviewAsync(Guid id, CancellationToken ct)
    {
        var r = await repo.FindReviewAsync(id, ct) ?? throw new EntityNotFoundException("ProgrammeReview", id);
        var p = await programmes.LoadAsync(r.ProgrammeId, ct);
        await WithActionsAsync([r], ct);
        return Name(r, p);
    }

    private async Task<ProgrammeReviewDto> LoadOpenReviewAsync(Guid id, CancellationToken ct)
    {
        var r = await LoadReviewAsync(id, ct);
        if (r.State != ReviewState.Open) throw new QaException(ReviewErrorCodes.ReviewCompleted, 409);
        return r;
    }

    /// <summary>Each review's actions with the newest value of their indicator after the baseline year, and the flag.</summary>
    private async Task WithActionsAsync(IReadOnlyList<ProgrammeReviewDto> reviews, CancellationToken ct)
    {
        if (reviews.Count == 0) return;
        var rows = (await repo.ActionsAsync(reviews.Select(r => r.Id), ct)).ToLookup(a => a.ReviewId);
        var values = (await indicators.ValuesAsync(reviews.Select(r => r.ProgrammeId).Distinct(), null, ct))
            .ToLookup(v => (v.ProgrammeId, v.Indicator));
        foreach (var r in reviews)
        {
            r.IsOverdue = ReviewRules.Overdue(r.State, r.DueOn, Today);
            r.Actions = rows[r.Id].Select(a => Judged(a, values[(r.ProgrammeId, a.Indicator)])).ToList();
        }
    }

    private static ReviewActionDto Judged(ReviewRepository.ActionRow a, IEnumerable<IndicatorValueDto> values)
    {
        var later = values.Where(v => v.Year > a.BaselineYear).MaxBy(v => v.Year);
        var baseline = a.BaselineX100 / 100m;
        bool? moved = later == null || baseline == null ? null
            : IndicatorRules.Moved(baseline.Value, later.Value, IndicatorRules.LowerIsBetter(a.Indicator));
        return new ReviewActionDto
        {
            Id = a.Id, ReviewId = a.ReviewId, Text = a.Text, Indicator = a.Indicator, BaselineYear = a.BaselineYear, Baseline = baseline,
            Deadline = a.Deadline, State = a.State, ClosedOn = a.ClosedOn, LatestYear = later?.Year, Latest = later?.Value, Moved = moved,
            // Review tools track that an action was done, not whether it worked: closed while its indicator stood still is flagged.
            ClosedWithoutEffect = a.State == ReviewActionState.Closed && moved == false,
        };
    }

    private static ReviewTriggerDto Name(ReviewTriggerDto t, ProgrammeDto p)
    {
        t.GroupCode = p.GroupCode;
        t.ProgrammeTitle = p.Title;
        return t;
    }

    private static ProgrammeReviewDto Name(ProgrammeReviewDto r, ProgrammeDto p)
    {
        r.GroupCode = p.GroupCode;
        r.ProgrammeTitle = p.Title;
        r.SchoolId = p.SchoolId;
        r.DepartmentId = p.DepartmentId;
        return r;
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
