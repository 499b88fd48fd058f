using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.Identity;
using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.PeerReview;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.QaCommission.Register;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary>
/// Gathers one commission's period: its own meetings and register through the module's app services (their scope and
/// computed fields), the school subtree's CAPA and appeals through Improvement's integration services, observations through
/// the repository, experts' recommendations through ExternalAccreditation's integration service — the caller was already
/// allowed to report on the commission, which is the school's whole quality picture.
/// Statuses are taken as of the period's end (or today while it runs).
/// </summary>
internal sealed class SemiAnnualCollector(
    IMeetingAppService meetings, IDecisionRegisterAppService register, PlanRepository plans, ICapaIntegrationService capa,
    IAppealIntegrationService appeals, PeerReviewRepository peerReview, IReadinessIntegrationService readiness, IIdentityIntegrationService identity,
    ISettingStore settings, IDbSession db, QaCommissionCalendar calendar)
{
    public async Task<SemiAnnualData> CollectAsync(CommissionDto commission, int academicYear, SemiAnnualKind kind, CancellationToken ct)
    {
        var (from, to) = ReportPeriod.For(academicYear, kind);
        var today = calendar.Today;
        var asOf = today < to ? today : to;
        var units = (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Id);
        var school = units.GetValueOrDefault(commission.SchoolUnitId);
        var subtree = (await identity.GetSubtreeAsync(commission.SchoolUnitId, ct)).ToHashSet();

        var allMeetings = (await meetings.GetListAsync(commission.Id, ct)).Where(m => m.State != MeetingState.Planned)
            .OrderBy(m => m.MeetingDate).ToList();
        var held = allMeetings.Where(m => m.MeetingDate >= from && m.MeetingDate <= asOf).ToList();
        // The cadence counts from the last meeting before the period, so a long silence at the period's start shows too.
        var previous = allMeetings.LastOrDefault(m => m.MeetingDate < from);
        var gaps = MeetingCadence.CountGaps((previous == null ? held : held.Prepend(previous)).Select(m => m.MeetingDate));

        var evidence = await RegisterExport.EvidenceCountsAsync(db, commission.Id, ct);
        var decisions = (await register.GetRegisterAsync(commission.Id, false, ct))
            .Where(e => e.MeetingDate >= from && e.MeetingDate <= to)
            .OrderBy(e => e.MeetingDate).ThenBy(e => e.Decision.Seq)
            .Select(e => new DecisionLine(e, StatusAsOf(e, asOf), evidence.GetValueOrDefault(e.Decision.Id)))
            .ToList();

        var events = (await plans.GetEventsAsync(commission.Id, ct)).Where(e => e.StartsOn >= from && e.StartsOn <= to)
            .OrderBy(e => e.StartsOn).ToList();

        var capaItems = await capa.GetForUnitsAsync(subtree, asOf, ct);
        foreach (var i in capaItems) i.UnitName = units.GetValueOrDefault(i.UnitId)?.Name ?? "";
        var opened = capaItems.Count(i => calendar.ToLocalDate(i.CreatedAt) is var d && d >= from && d <= to);
        var activeCapa = capaItems.Where(i => calendar.ToLocalDate(i.CreatedAt) <= to && (i.ClosedOn == null || i.ClosedOn >= from)).ToList();

        var appealList = await appeals.GetReceivedAsync(subtree, from, to, asOf, ct);
        foreach (var a in appealList) a.UnitName = units.GetValueOrDefault(a.UnitId)?.Name ?? "";

        var observations = (await peerReview.GetAsync(false, subtree, from, to, ct)).ToList();
        var submitted = observations.Where(o => o.State != ObservationState.Planned).ToList();
        var scores = submitted.Count == 0 ? [] : await peerReview.GetScoreRowsAsync(submitted.Select(o => o.Id), ct);
        foreach (var g in scores.GroupBy(s => s.ObservationId))
        {
            var o = submitted.First(x => x.Id == g.Key);
            o.ScorePercent = ObservationScoring.Percent(g.Sum(s => s.Score), g.Sum(s => s.MaxScore));
        }
        var names = (await identity.GetUsersAsync(observations.SelectMany(o => new[] { o.TeacherUserId, o.ObserverUserId }).Distinct().ToList(), ct))
            .ToDictionary(u => u.Id, u => u.FullName);
        foreach (var o in observations)
        {
            o.TeacherName = names.GetValueOrDefault(o.TeacherUserId) ?? "";
            o.ObserverName = names.GetValueOrDefault(o.ObserverUserId) ?? "";
            o.UnitName = units.GetValueOrDefault(o.UnitId)?.Name ?? "";
        }
        var percents = submitted.Where(o => o.ScorePercent != null).Select(o => o.ScorePercent!.Value).ToList();

        var recommendations = (await readiness.GetRecommendationsAsync(subtree, ct))
            .Where(r => subtree.Contains(r.UnitId) && r.ReceivedOn <= to).ToList();
        foreach (var r in recommendations)
        {
            r.UnitName = units.GetValueOrDefault(r.UnitId)?.Name ?? "";
            r.IsOverdue = r.Deadline is { } d && asOf > d && r.Status != RecommendationStatus.Executed;
        }

        var figures = new SemiAnnualFigures
        {
            MeetingsHeld = held.Count,
            MeetingsWithoutQuorum = held.Count(m => !m.HasQuorum),
            MeetingGaps = gaps,
            DecisionsAdopted = decisions.Count,
            DecisionsExecuted = decisions.Count(d => d.Status == "Executed"),
            DecisionsOverdue = decisions.Count(d => d.Status == "Overdue"),
            CapaClosed = activeCapa.Count(i => i.ClosedOn is { } c && c >= from && c <= asOf),
            CapaReopened = activeCapa.Count(i => i.ReopenCount > 0),
            CapaOverdue = activeCapa.Count(i => i.IsOverdue),
            AppealsReceived = appealList.Count,
            AppealsOverdue = appealList.Count(a => a.IsOverdue),
            PeerReviewPercent = percents.Count == 0 ? null : (int)Math.Round(percents.Average(), MidpointRounding.AwayFromZero),
            PeerReviewLowThreshold = await settings.GetIntAsync(PeerReviewSettings.LowScorePercent, ct),
            RecommendationsOverdue = recommendations.Count(r => r.IsOverdue),
        };
        return new SemiAnnualData
        {
            Commission = commission, SchoolNameKk = school?.NameKk ?? "", SchoolNameRu = school?.NameRu ?? "",
                AcademicYear = academicYear, Kind = kind,
            From = from, To = to, AsOf = asOf, Meetings = held, Decisions = decisions, Events = events, CapaOpened = opened, Capa = activeCapa,
            Appeals = appealList, Observations = observations, Recommendations = recommendations, Figures = figures,
                Findings = SemiAnnualRules.Evaluate(figures),
        };
    }

    /// <summary>Executed by the date; else overdue past its deadline; else in progress or open as the register says.</summary>
    public static string StatusAsOf(RegisterEntryDto e, DateOnly asOf)
    {
        var d = e.Decision;
        if (d.ExecutionStatus == ExecutionStatus.Executed && (d.ExecutedOn ?? asOf) <= asOf) return "Executed";
        if (d.Deadline is { } deadline && deadline < asOf) return "Overdue";
        return d.ExecutionStatus == ExecutionStatus.InProgress ? "InProgress" : "Open";
    }
}
