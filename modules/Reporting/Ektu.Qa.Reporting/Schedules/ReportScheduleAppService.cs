using System.Text.Json;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Permissions;
using Ektu.Qa.Reporting.Runs;

namespace Ektu.Qa.Reporting.Schedules;

/// <summary>
/// Report schedules, each in an organisation unit: the unit of the report's unit parameter when it has one, else the
/// owner's (the top of their scope; none for a university-wide owner). The list and details show schedules of units in
/// the caller's scope — another school's schedule is 404; schedules without a unit only to university-wide scopes.
/// </summary>
internal sealed class ReportScheduleAppService(
    IDbSession session, ICurrentUser user, ReportCatalogue catalogue, IQaScheduler scheduler, AuditContext<ReportingContractsModule> audit,
        IClock clock,
        ReportRecipients recipientList,
    IOrganizationScope scopes, IIdentityIntegrationService identity) : IReportScheduleAppService
{
    private const string Columns =
        "id, report_key AS ReportKey, cron, time_zone AS TimeZone, format, culture, parameters, recipients, enabled, owner_name AS OwnerName, " +
        "unit_id AS UnitId, version";

    public static string TriggerKey(Guid id) => $"rp.schedule.{id:N}";

    public async Task<IReadOnlyList<ReportScheduleDto>> GetListAsync(CancellationToken ct = default)
    {
        await RequireAsync(ReportingPermissions.Schedules.Default);
        var scope = await scopes.GetAsync(ct);
        var where = scope.All ? "" : "WHERE unit_id IN @units";
        return (await session.QueryAsync<Row>($"SELECT {Columns} FROM rp_schedules {where} ORDER BY report_key, created_at",
            new { units = scope.ForSql() }, ct))
            .Select(r => r.ToDto()).ToList();
    }

    public async Task<ReportScheduleDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await RequireAsync(ReportingPermissions.Schedules.Default);
        return await LoadAsync(id, ct);
    }

    public async Task<ReportScheduleDto> CreateAsync(SaveScheduleInput input, CancellationToken ct = default)
    {
        var (d, parameters, recipients, paramUnit) = await ValidateAsync(input, ct);
        var unitId = paramUnit ?? await OwnerUnitAsync(ct);
        var id = Guid.NewGuid();
        var now = clock.UtcNow;
        await session.ExecuteAsync("""
            INSERT INTO rp_schedules (id, report_key, cron, time_zone, format, culture, parameters, recipients, enabled, owner_id, owner_name,
            unit_id, version, created_at, created_by, updated_at, updated_by)
            VALUES (@id, @key, @cron, @zone, @format, @culture, @parameters, @recipients, @enabled, @ownerId, @by, @unitId, 1, @now, @by, @now, @by)
            """, new { id, key = d.Key, cron = input.Cron.Trim(), zone = input.TimeZone, format = input.Format.ToString(), culture = input.Culture,
                parameters, recipients,
                enabled = input.Enabled ? 1 : 0, ownerId = user.Id, by = user.UserName, unitId, now }, ct);
        await audit.WriteAsync("ReportSchedule", id, "Created", null, ct, unitId: unitId);
        await ApplyTriggerAsync(id, input, ct);
        return await LoadAsync(id, ct);
    }

    public async Task<ReportScheduleDto> UpdateAsync(Guid id, SaveScheduleInput input, CancellationToken ct = default)
    {
        var (d, parameters, recipients, paramUnit) = await ValidateAsync(input, ct);
        var existing = await LoadAsync(id, ct);
        var unitId = paramUnit ?? existing.UnitId;
        var now = clock.UtcNow;
        Concurrency.EnsureUpdated(await session.ExecuteAsync("""
            UPDATE rp_schedules SET report_key = @key, cron = @cron, time_zone = @zone, format = @format, culture = @culture,
            parameters = @parameters,
              recipients = @recipients, enabled = @enabled, unit_id = @unitId, version = version + 1, updated_at = @now, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, key = d.Key, cron = input.Cron.Trim(), zone = input.TimeZone, format = input.Format.ToString(), culture = input.Culture,
                parameters, recipients,
                enabled = input.Enabled ? 1 : 0, version = input.Version, by = user.UserName, unitId, now }, ct), "ReportSchedule", id);
        await audit.WriteAsync("ReportSchedule", id, "Updated", null, ct, unitId: unitId);
        await ApplyTriggerAsync(id, input, ct);
        return await LoadAsync(id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        await RequireAsync(ReportingPermissions.Schedules.Manage);
        var schedule = await LoadAsync(id, ct);
        if (await session.ExecuteAsync("DELETE FROM rp_schedules WHERE id = @id", new { id },
            ct) == 0) throw new EntityNotFoundException("ReportSchedule", id);
        await audit.WriteAsync("ReportSchedule", id, "Deleted", null, ct, unitId: schedule.UnitId);
        await scheduler.UnscheduleAsync(TriggerKey(id), ct);
    }

    public async Task<IReadOnlyList<DateTime>> PreviewAsync(string cron, string timeZone, int count = 5, CancellationToken ct = default)
    {
        await RequireAsync(ReportingPermissions.Schedules.Default);
        return await scheduler.NextFireTimesAsync(cron ?? "", string.IsNullOrWhiteSpace(timeZone) ? "Asia/Almaty" : timeZone,
            Math.Clamp(count, 1, 20));
    }

    private async Task ApplyTriggerAsync(Guid id, SaveScheduleInput input, CancellationToken ct)
    {
        if (input.Enabled)
            await scheduler.ScheduleCronAsync(ScheduledReportJob.Key, TriggerKey(id), input.Cron.Trim(), input.TimeZone, new Dictionary<string,
                string> { ["scheduleId"] = id.ToString() }, ct);
        else
            await scheduler.UnscheduleAsync(TriggerKey(id), ct);
    }

    private async Task<(ReportDefinition, string, string, Guid?)> ValidateAsync(SaveScheduleInput input, CancellationToken ct)
    {
        await RequireAsync(ReportingPermissions.Schedules.Manage);
        var d = catalogue.Get(input.ReportKey);
        await RequireAsync(d.Permission);
        // The cron and zone fail as field errors before anything is saved.
        await scheduler.NextFireTimesAsync(input.Cron ?? "", input.TimeZone ?? "", 1);
        var values = ReportCatalogue.Validate(d, input.Format, input.Parameters);
        var recipients = await recipientList.NormaliseAsync(input.Recipients, CancellationToken.None);
        if (input.Culture is not ("kk" or "ru" or "en")) throw ValidationException.For("culture", "Kernel:InvalidValue");
        Guid? paramUnit = null;
        if (d.Parameters.FirstOrDefault(p => p.Type == ReportParameterType.Unit) is { } up && values.GetValueOrDefault(up.Name) is Guid unit)
        {
            // A schedule is filed under the unit it reports on, which must be one the owner may see.
            if (!(await scopes.GetAsync(ct)).Contains(unit)) throw ValidationException.For(up.Name, "Kernel:InvalidValue");
            paramUnit = unit;
        }
        return (d, JsonSerializer.Serialize(ReportCatalogue.Normalise(values)), recipients, paramUnit);
    }

    /// <summary>The owner's unit: the highest unit of their scope (a dean's school); none when the scope is university-wide.</summary>
    private async Task<Guid?> OwnerUnitAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        if (scope.All) return null;
        return (await identity.GetUnitsAsync(ct))
            .Where(u => scope.UnitIds.Contains(u.Id) && (u.ParentId is not { } parent || !scope.UnitIds.Contains(parent)))
            .OrderBy(u => u.Depth).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => (Guid?)u.Id).FirstOrDefault();
    }

    /// <summary>A schedule in the caller's scope; another unit's schedule is "not found", like an unknown id.</summary>
    private async Task<ReportScheduleDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var row = await session.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM rp_schedules WHERE id = @id", new { id }, ct);
        var scope = await scopes.GetAsync(ct);
        if (row == null || !(scope.All || (row.UnitId is { } unit && scope.Contains(unit)))) throw new EntityNotFoundException("ReportSchedule", id);
        return row.ToDto();
    }

    private async Task RequireAsync(string permission)
    {
        if (!await user.HasPermissionAsync(permission)) throw new QaException(ErrorCodes.Forbidden, 403);
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string ReportKey { get; init; } = "";
        public string Cron { get; init; } = "";
        public string TimeZone { get; init; } = "";
        public string Format { get; init; } = "";
        public string Culture { get; init; } = "";
        public string Parameters { get; init; } = "";
        public string Recipients { get; init; } = "";
        public int Enabled { get; init; }
        public string OwnerName { get; init; } = "";
        public Guid? UnitId { get; init; }
        public int Version { get; init; }

        public ReportScheduleDto ToDto() => new()
        {
            Id = Id, ReportKey = ReportKey, Cron = Cron, TimeZone = TimeZone, Format = Enum.Parse<ReportFormat>(Format), Culture = Culture,
            Parameters = Parameters, Recipients = Recipients, Enabled = Enabled == 1, OwnerName = OwnerName, UnitId = UnitId, Version = Version,
        };
    }
}
