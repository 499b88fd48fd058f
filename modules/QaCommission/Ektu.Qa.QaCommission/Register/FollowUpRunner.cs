using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;

namespace Ektu.Qa.QaCommission.Register;

/// <summary>
/// The register's follow-up without a caller's permission (the scheduled job runs it; app services check first):
/// quarterly status requests, late-execution scan, and the non-execution ladder (004 §7.4–7.5).
/// </summary>
internal sealed class FollowUpRunner(IDbSession db, CommissionRepository commissions, RegisterRepository repo, Notifier notifier,
    ISettingStore settings, AuditContext<QaCommissionContractsModule> audit, QaCommissionCalendar calendar)
{

    /// <summary>Open adopted decisions of one active commission.</summary>
    public Task<IReadOnlyList<Decision>> OpenDecisionsAsync(Guid commissionId, CancellationToken ct) => db.QueryAsync<Decision>($"""
        SELECT {MeetingRepository.DecisionColumns} FROM qc_decisions d JOIN qc_commissions c ON c.id = d.commission_id
        WHERE d.outcome = 'Adopted' AND d.execution_status <> 'Executed' AND c.state = 'Active' AND d.commission_id = @commissionId
        ORDER BY d.created_at
        """, new { commissionId }, ct);

    /// <summary>
    /// Open adopted decisions of the active commissions whose school is in <paramref name="scope"/>: a dean's bulk run
    /// touches their school only; the scheduled jobs pass <see cref="UnitScope.Everything"/>.
    /// </summary>
    public Task<IReadOnlyList<Decision>> OpenDecisionsAsync(UnitScope scope, CancellationToken ct) => db.QueryAsync<Decision>($"""
        SELECT {MeetingRepository.DecisionColumns} FROM qc_decisions d JOIN qc_commissions c ON c.id = d.commission_id
        WHERE d.outcome = 'Adopted' AND d.execution_status <> 'Executed' AND c.state = 'Active' AND (@all = 1 OR c.school_unit_id IN @units)
        ORDER BY d.created_at
        """, new { all = scope.All, units = scope.ForSql() }, ct);

    public async Task<int> GenerateQuarterlyRequestsAsync(DateOnly quarterEnd, UnitScope scope, string by, CancellationToken ct)
    {
        var created = 0;
        foreach (var d in await OpenDecisionsAsync(scope, ct))
        {
            if (await repo.RequestExistsAsync(d.Id, quarterEnd, ct)) continue;
            await repo.InsertRequestIgnoreAsync(d.Id, d.CommissionId, quarterEnd, d.ExecutorUserId, d.ExecutorUnitId, calendar.UtcNow, by, ct);
            await audit.WriteAsync("Decision", d.Id, "StatusRequested",
                [new AuditChange("QuarterEnd", null, quarterEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))], ct);
            await notifier.SendAsync(d.CommissionId, await notifier.ExecutorAsync(d.ExecutorUserId, d.ExecutorUnitId, ct), "StatusRequest", d.Text,
                "/QaCommission/Register/Requests", ct);
            created++;
        }
        return created;
    }

    public async Task<int> ScanOverdueAsync(UnitScope scope, string by, CancellationToken ct)
    {
        var today = calendar.Today;
        var n = 0;
        foreach (var d in await OpenDecisionsAsync(scope, ct))
        {
            if (d.Deadline is not { } deadline || deadline >= today) continue;
            if (await repo.HasViolationAsync(d.Id, ViolationKind.Late, ct)) continue;
            await RecordViolationAsync(d, ViolationKind.Late, null, by, ct);
            n++;
        }
        return n;
    }

    /// <summary>Counts the executor's violations in the commission (this one included) and takes the matching step.</summary>
    public async Task<ViolationDto> RecordViolationAsync(Decision d, ViolationKind kind, string? note, string by, CancellationToken ct)
    {
        var occurrence = await repo.CountViolationsAsync(d.CommissionId, d.ExecutorKey, ct) + 1;
        var repeatedAt = await settings.GetIntAsync(QaCommissionSettings.LadderRepeatedAt, ct);
        var systematicAt = await settings.GetIntAsync(QaCommissionSettings.LadderSystematicAt, ct);
        var v = new ViolationDto
        {
            Id = Guid.NewGuid(), DecisionId = d.Id, Kind = kind, Step = Ladder.StepFor(occurrence, repeatedAt, Math.Max(systematicAt, repeatedAt)),
            Occurrence = occurrence, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), CreatedAt = calendar.UtcNow, Version = 1,
        };
        await repo.InsertViolationAsync(v, d.CommissionId, d.ExecutorKey, by, ct);
        var c = (await commissions.FindAsync(d.CommissionId, ct))!;
        await audit.WriteAsync("Decision", d.Id, "Violation" + v.Step, AuditChanges.Between(null, v), ct, unitId: c.SchoolUnitId);

        var link = "/QaCommission/Register?id=" + d.CommissionId;
        // Every step tells the executor; from "repeated" the dean is informed; at "systematic" the dean must open an inquiry.
        await notifier.SendAsync(d.CommissionId, await notifier.ExecutorAsync(d.ExecutorUserId, d.ExecutorUnitId, ct),
            "Violation.Notice", d.Text, link, ct);
        if (v.Step != LadderStep.Notice)
            await notifier.SendAsync(d.CommissionId, await notifier.DeansAsync(c.SchoolUnitId, ct), "Violation." + v.Step, d.Text, link, ct);
        return v;
    }
}
