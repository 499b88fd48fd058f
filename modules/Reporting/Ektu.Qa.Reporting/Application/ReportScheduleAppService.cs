using System.Text.Json;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Jobs;
using Ektu.Qa.Reporting.Permissions;
using Ektu.Qa.Reporting.Schedules;

namespace Ektu.Qa.Reporting.Application;

internal sealed class ReportScheduleAppService(IDbSession session, ICurrentUser user, ReportCatalogue catalogue, IQaScheduler scheduler, IAuditLog audit, IClock clock, ReportRecipients recipientList) : IReportScheduleAppService
{
    private const string Columns = "id, report_key AS ReportKey, cron, time_zone AS TimeZone, format, culture, parameters, recipients, enabled, owner_name AS OwnerName, version";

    public static string TriggerKey(Guid id) => $"rp.schedule.{id:N}";

    public async Task<IReadOnlyList<ReportScheduleDto>> GetListAsync(CancellationToken ct = default)
    {
        await RequireAsync(ReportingPermissions.Schedules.Default);
        return (await session.QueryAsync<Row>($"SELECT {Columns} FROM rp_schedules ORDER BY report_key, created_at", null, ct)).Select(r => r.ToDto()).ToList();
    }

    public async Task<ReportScheduleDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await RequireAsync(ReportingPermissions.Schedules.Default);
        return await LoadAsync(id, ct);
    }

    public async Task<ReportScheduleDto> CreateAsync(SaveScheduleInput input, CancellationToken ct = default)
    {
        var (d, parameters, recipients) = await ValidateAsync(input);
        var id = Guid.NewGuid();
        var now = clock.UtcNow;
        await session.ExecuteAsync("""
            INSERT INTO rp_schedules (id, report_key, cron, time_zone, format, culture, parameters, recipients, enabled, owner_id, owner_name, version, created_at, created_by, updated_at, updated_by)
            VALUES (@id, @key, @cron, @zone, @format, @culture, @parameters, @recipients, @enabled, @ownerId, @by, 1, @now, @by, @now, @by)
            """, new { id, key = d.Key, cron = input.Cron.Trim(), zone = input.TimeZone, format = input.Format.ToString(), culture = input.Culture, parameters, recipients,
                enabled = input.Enabled ? 1 : 0, ownerId = user.Id, by = user.UserName, now }, ct);
        await audit.WriteAsync("Reporting", "ReportSchedule", id, "Created", null, ct);
        await ApplyTriggerAsync(id, input, ct);
        return await LoadAsync(id, ct);
    }

    public async Task<ReportScheduleDto> UpdateAsync(Guid id, SaveScheduleInput input, CancellationToken ct = default)
    {
        var (d, parameters, recipients) = await ValidateAsync(input);
        _ = await LoadAsync(id, ct);
        var now = clock.UtcNow;
        Concurrency.EnsureUpdated(await session.ExecuteAsync("""
            UPDATE rp_schedules SET report_key = @key, cron = @cron, time_zone = @zone, format = @format, culture = @culture, parameters = @parameters,
              recipients = @recipients, enabled = @enabled, version = version + 1, updated_at = @now, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, key = d.Key, cron = input.Cron.Trim(), zone = input.TimeZone, format = input.Format.ToString(), culture = input.Culture, parameters, recipients,
                enabled = input.Enabled ? 1 : 0, version = input.Version, by = user.UserName, now }, ct), "ReportSchedule", id);
        await audit.WriteAsync("Reporting", "ReportSchedule", id, "Updated", null, ct);
        await ApplyTriggerAsync(id, input, ct);
        return await LoadAsync(id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        await RequireAsync(ReportingPermissions.Schedules.Manage);
        if (await session.ExecuteAsync("DELETE FROM rp_schedules WHERE id = @id", new { id }, ct) == 0) throw new EntityNotFoundException("ReportSchedule", id);
        await audit.WriteAsync("Reporting", "ReportSchedule", id, "Deleted", null, ct);
        await scheduler.UnscheduleAsync(TriggerKey(id), ct);
    }

    public async Task<IReadOnlyList<DateTime>> PreviewAsync(string cron, string timeZone, int count = 5, CancellationToken ct = default)
    {
        await RequireAsync(ReportingPermissions.Schedules.Default);
        return await scheduler.NextFireTimesAsync(cron ?? "", string.IsNullOrWhiteSpace(timeZone) ? "Asia/Almaty" : timeZone, Math.Clamp(count, 1, 20));
    }

    private async Task ApplyTriggerAsync(Guid id, SaveScheduleInput input, CancellationToken ct)
    {
        if (input.Enabled)
            await scheduler.ScheduleCronAsync(ScheduledReportJob.Key, TriggerKey(id), input.Cron.Trim(), input.TimeZone, new Dictionary<string, string> { ["scheduleId"] = id.ToString() }, ct);
        else
            await scheduler.UnscheduleAsync(TriggerKey(id), ct);
    }

    private async Task<(ReportDefinition, string, string)> ValidateAsync(SaveScheduleInput input)
    {
        await RequireAsync(ReportingPermissions.Schedules.Manage);
        var d = catalogue.Get(input.ReportKey);
        await RequireAsync(d.Permission);
        // The cron and zone fail as field errors before anything is saved.
        await scheduler.NextFireTimesAsync(input.Cron ?? "", input.TimeZone ?? "", 1);
        var values = ReportCatalogue.Validate(d, input.Format, input.Parameters);
        var recipients = await recipientList.NormaliseAsync(input.Recipients, CancellationToken.None);
        if (input.Culture is not ("kk" or "ru" or "en")) throw ValidationException.For("culture", "Kernel:InvalidValue");
        return (d, JsonSerializer.Serialize(ReportCatalogue.Normalise(values)), recipients);
    }

    private async Task<ReportScheduleDto> LoadAsync(Guid id, CancellationToken ct) =>
        (await session.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM rp_schedules WHERE id = @id", new { id }, ct))?.ToDto()
        ?? throw new EntityNotFoundException("ReportSchedule", id);

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
        public int Version { get; init; }

        public ReportScheduleDto ToDto() => new()
        {
            Id = Id, ReportKey = ReportKey, Cron = Cron, TimeZone = TimeZone, Format = Enum.Parse<ReportFormat>(Format), Culture = Culture,
            Parameters = Parameters, Recipients = Recipients, Enabled = Enabled == 1, OwnerName = OwnerName, Version = Version,
        };
    }
}
