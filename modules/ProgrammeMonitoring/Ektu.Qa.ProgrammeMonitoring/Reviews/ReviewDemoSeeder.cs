using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Effectiveness;

namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>
/// Demo only, for the approved programmes of two schools: review cycles (one due), triggers (one open, one declined with
/// its reason, one that opened a review), a completed yearly monitoring whose closed action did not move its indicator
/// (flagged) and an open periodic review. Skipped when any trigger exists.
/// </summary>
internal sealed class ReviewDemoSeeder(IDbSession db, ReviewRepository repo, IClock clock, IUserClock userClock) : IDataSeedContributor
{
    private const string By = "system";

    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pm_review_triggers", ct: ct) > 0) return;
            var ids = await db.QueryAsync<Guid>("SELECT id FROM pm_programmes WHERE approved_number IS NOT NULL ORDER BY group_code", ct: ct);
            if (ids.Count < 2) return;
            var (first, second) = (ids[0], ids[1]);
            var today = userClock.Today;
            var now = clock.UtcNow;
            await repo.InsertScheduleAsync(first, 5, today.AddYears(-5).AddDays(-10), now, By, ct);
            await repo.InsertScheduleAsync(second, 5, today.AddYears(-2), now, By, ct);

            await Trigger(first, TriggerKind.EmployerProposals, today.AddDays(-20), "Employers' round table",
                "Add a course on cloud operations; graduates lack practice with containers.", ct);
            var declined = await Trigger(first, TriggerKind.RegulatoryChange, today.AddDays(-60), "Ministry order",
                "Amended state standard: wording of general education modules.", ct);
            await repo.DecideTriggerAsync(declined, TriggerState.Declined, "The programme already meets the amended standard; no change needed.",
                null, today.AddDays(-55), 1, now, By, ct);
            var opened = await Trigger(second, TriggerKind.AttestationChairRecommendations, today.AddDays(-40), "Chair of the final attestation",
                "Strengthen the mine ventilation design project in the final year.", ct);
            var triggered = Guid.NewGuid();
            await repo.InsertReviewAsync(triggered, second, ReviewKind.Triggered, today.AddDays(-35), now, By, ct);
            await repo.DecideTriggerAsync(opened, TriggerState.ReviewOpened, null, triggered, today.AddDays(-35), 1, now, By, ct);

            // Last year's monitoring closed an action on employment that the next value did not move: the page flags it.
            var monitoring = Guid.NewGuid();
            await repo.InsertReviewAsync(monitoring, second, ReviewKind.YearlyMonitoring, new DateOnly(today.Year - 2, 6, 30), now, By, ct);
            await repo.UpdateReviewAsync(monitoring, new SaveReviewInput
            {
                SelfEvaluation = "Employment fell for the second year.", Decisions = "Career days with the mining companies.", Version = 1,
            }, now, By, ct);
            await repo.CompleteReviewAsync(monitoring, new DateOnly(today.Year - 2, 7, 10), 2, now, By, ct);
            var action = Guid.NewGuid();
            var baseline = await db.ExecuteScalarAsync<long?>(
                "SELECT value_x100 FROM pm_indicator_values WHERE programme_id = @second AND indicator = 'Employment' AND year = @year",
                new { second, year = today.Year - 2 }, ct);
            await repo.InsertActionAsync(action, monitoring, new AddActionInput
            {
                Text = "Two career days a year with regional mining companies", Indicator = EffectivenessIndicator.Employment,
                Deadline = new DateOnly(today.Year - 1, 6, 1),
            }, today.Year - 2, baseline, now, By, ct);
            await repo.CloseActionAsync(action, new DateOnly(today.Year - 1, 6, 1), ct);

            var periodic = Guid.NewGuid();
            await repo.InsertReviewAsync(periodic, first, ReviewKind.Periodic, today.AddDays(-10), now, By, ct);
        }, ct);
    }

    private async Task<Guid> Trigger(Guid programme, TriggerKind kind, DateOnly on, string source, string text, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        await repo.InsertTriggerAsync(id, new RecordTriggerInput { ProgrammeId = programme, Kind = kind, Source = source, Text = text }, on,
            clock.UtcNow, By, ct);
        return id;
    }
}
