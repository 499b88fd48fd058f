using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>
/// Accreditations (<c>ea_accreditations</c>), the programmes each covers (<c>ea_accreditation_programmes</c>) and their
/// monitoring reports (<c>ea_monitoring_reports</c>).
/// </summary>
internal sealed class AccreditationRepository(IDbSession db)
{
    private const string Columns = """
        id, unit_id AS UnitId, agency_id AS AgencyId, kind, reach, decision, decided_on AS DecidedOn, valid_from AS ValidFrom,
        valid_to AS ValidTo, follow_up_due_on AS FollowUpDueOn, conditions, recommendations, renewal_of_id AS RenewalOfId, version
        """;

    private const string ReportColumns = """
        id, accreditation_id AS AccreditationId, kind, title, due_on AS DueOn, submitted_on AS SubmittedOn, note, version
        """;

    public async Task<AccreditationDto?> FindAsync(Guid id, CancellationToken ct)
    {
        var a = await db.QuerySingleOrDefaultAsync<AccreditationDto>($"SELECT {Columns} FROM ea_accreditations WHERE id = @id", new { id }, ct);
        if (a != null) a.ProgrammeIds = await ProgrammesAsync([id], ct) is var map && map.TryGetValue(id, out var p) ? p : [];
        return a;
    }

    /// <summary>Accreditations of <paramref name="units"/> (all when <paramref name="all"/>) with their programmes.</summary>
    public async Task<IReadOnlyList<AccreditationDto>> ListAsync(bool all, IEnumerable<Guid> units, CancellationToken ct)
    {
        var list = await db.QueryAsync<AccreditationDto>(
            $"SELECT {Columns} FROM ea_accreditations WHERE {(all ? "1 = 1" : "unit_id IN @units")} ORDER BY valid_to, id",
            new { units = SqlIds.Text(units) }, ct);
        var programmes = await ProgrammesAsync(all ? null : list.Select(a => a.Id), ct);
        foreach (var a in list) a.ProgrammeIds = programmes.GetValueOrDefault(a.Id) ?? [];
        return list;
    }

    /// <summary>Every accreditation of one agency (conflict checks look beyond the caller's scope).</summary>
    public async Task<IReadOnlyList<AccreditationDto>> ByAgencyAsync(Guid agencyId, CancellationToken ct)
    {
        var list = await db.QueryAsync<AccreditationDto>($"SELECT {Columns} FROM ea_accreditations WHERE agency_id = @agencyId",
            new { agencyId }, ct);
        var programmes = await ProgrammesAsync(list.Select(a => a.Id), ct);
        foreach (var a in list) a.ProgrammeIds = programmes.GetValueOrDefault(a.Id) ?? [];
        return list;
    }

    public Task<AccreditationDto?> FindRenewalAsync(Guid id, CancellationToken ct) => db.QuerySingleOrDefaultAsync<AccreditationDto>(
        $"SELECT {Columns} FROM ea_accreditations WHERE renewal_of_id = @id AND decision <> 'Denied' ORDER BY created_at DESC LIMIT 1",
        new { id }, ct);

    private async Task<Dictionary<Guid, IReadOnlyList<Guid>>> ProgrammesAsync(IEnumerable<Guid>? ids, CancellationToken ct)
    {
        var list = ids?.ToList();
        if (list is { Count: 0 }) return [];
        var rows = await db.QueryAsync<Link>(
            "SELECT accreditation_id AS AccreditationId, programme_id AS ProgrammeId FROM ea_accreditation_programmes"
            + (list == null ? "" : " WHERE accreditation_id IN @ids"), new { ids = list == null ? null : SqlIds.Text(list) }, ct);
        return rows.GroupBy(r => r.AccreditationId).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(r => r.ProgrammeId).ToList());
    }

    public async Task InsertAsync(AccreditationDto a, DateTime at, string by, CancellationToken ct)
    {
        await db.ExecuteAsync("""
            INSERT INTO ea_accreditations (id, unit_id, agency_id, kind, reach, decision, decided_on, valid_from, valid_to, follow_up_due_on,
              conditions, recommendations, renewal_of_id, version, created_at, created_by, updated_at, updated_by)
            VALUES (@Id, @UnitId, @AgencyId, @kind, @reach, @decision, @DecidedOn, @ValidFrom, @ValidTo, @FollowUpDueOn,
              @Conditions, @Recommendations, @RenewalOfId, 1, @at, @by, @at, @by)
            """, Params(a, at, by), ct);
        await SetProgrammesAsync(a.Id, a.ProgrammeIds, ct);
    }

    public async Task UpdateAsync(AccreditationDto a, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE ea_accreditations SET agency_id = @AgencyId, kind = @kind, reach = @reach, decision = @decision, decided_on = @DecidedOn,
              valid_from = @ValidFrom, valid_to = @ValidTo, follow_up_due_on = @FollowUpDueOn, conditions = @Conditions,
              recommendations = @Recommendations, renewal_of_id = @RenewalOfId, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @Id AND version = @version
            """, new { a.Id, a.AgencyId, kind = a.Kind.ToString(), reach = a.Reach.ToString(), decision = a.Decision.ToString(), a.DecidedOn,
            a.ValidFrom, a.ValidTo, a.FollowUpDueOn, a.Conditions, a.Recommendations, a.RenewalOfId, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Accreditation", a.Id);
        await db.ExecuteAsync("DELETE FROM ea_accreditation_programmes WHERE accreditation_id = @Id", new { a.Id }, ct);
        await SetProgrammesAsync(a.Id, a.ProgrammeIds, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await db.ExecuteAsync("DELETE FROM ea_accreditation_programmes WHERE accreditation_id = @id", new { id }, ct);
        await db.ExecuteAsync("DELETE FROM ea_monitoring_reports WHERE accreditation_id = @id", new { id }, ct);
        await db.ExecuteAsync("DELETE FROM ea_accreditations WHERE id = @id", new { id }, ct);
    }

    private async Task SetProgrammesAsync(Guid id, IEnumerable<Guid> programmes, CancellationToken ct)
    {
        foreach (var p in programmes)
            await db.ExecuteAsync("INSERT INTO ea_accreditation_programmes (accreditation_id, programme_id) VALUES (@id, @p)", new { id, p }, ct);
    }

    private static object Params(AccreditationDto a, DateTime at, string by) => new
    {
        a.Id, a.UnitId, a.AgencyId, kind = a.Kind.ToString(), reach = a.Reach.ToString(), decision = a.Decision.ToString(), a.DecidedOn,
        a.ValidFrom, a.ValidTo, a.FollowUpDueOn, a.Conditions, a.Recommendations, a.RenewalOfId, at, by,
    };

    public Task<IReadOnlyList<MonitoringReportDto>> ReportsAsync(Guid accreditationId, CancellationToken ct) =>
        db.QueryAsync<MonitoringReportDto>(
            $"SELECT {ReportColumns} FROM ea_monitoring_reports WHERE accreditation_id = @accreditationId ORDER BY due_on, id",
            new { accreditationId }, ct);

    public Task<MonitoringReportDto?> FindReportAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<MonitoringReportDto>($"SELECT {ReportColumns} FROM ea_monitoring_reports WHERE id = @id", new { id }, ct);

    public Task InsertReportAsync(MonitoringReportDto r, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO ea_monitoring_reports (id, accreditation_id, kind, title, due_on, submitted_on, note, version, created_at, created_by,
          updated_at, updated_by)
        VALUES (@Id, @AccreditationId, @kind, @Title, @DueOn, NULL, NULL, 1, @at, @by, @at, @by)
        """, new { r.Id, r.AccreditationId, kind = r.Kind.ToString(), r.Title, r.DueOn, at, by }, ct);

    /// <summary>Moves the open follow-up report of an accreditation to a new due day (a revised conditional decision).</summary>
    public Task<int> MoveOpenFollowUpAsync(Guid accreditationId, DateOnly dueOn, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        UPDATE ea_monitoring_reports SET due_on = @dueOn, version = version + 1, updated_at = @at, updated_by = @by
        WHERE accreditation_id = @accreditationId AND kind = 'FollowUp' AND submitted_on IS NULL
        """, new { accreditationId, dueOn, at, by }, ct);

    public async Task SubmitReportAsync(Guid id, int version, DateOnly submittedOn, string? note, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE ea_monitoring_reports SET submitted_on = @submittedOn, note = @note, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, version, submittedOn, note, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "MonitoringReport", id);
    }

    private sealed class Link
    {
        public Guid AccreditationId { get; init; }
        public Guid ProgrammeId { get; init; }
    }
}
