using System.Globalization;
using System.Text.Json;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Permissions;

namespace Ektu.Qa.Reporting.Runs;

internal sealed class ReportAppService(IDbSession session, ICurrentUser user, ReportCatalogue catalogue, IQaScheduler scheduler,
    AuditContext<ReportingContractsModule> audit, ReportArchive archive, IClock clock) : IReportAppService
{
    public async Task<IReadOnlyList<ReportDefinitionDto>> GetCatalogueAsync(CancellationToken ct = default)
    {
        await RequireAsync(ReportingPermissions.Reports.Default);
        var result = new List<ReportDefinitionDto>();
        foreach (var d in catalogue.All.OrderBy(d => d.Key, StringComparer.Ordinal))
            if (await user.HasPermissionAsync(d.Permission))
                result.Add(new ReportDefinitionDto { Key = d.Key, NameKey = d.NameKey, Parameters = d.Parameters, Formats = d.Formats });
        return result;
    }

    public async Task<ReportRunDto> RunAsync(RunReportInput input, CancellationToken ct = default)
    {
        await RequireAsync(ReportingPermissions.Reports.Run);
        var d = catalogue.Get(input.ReportKey);
        await RequireAsync(d.Permission);
        var values = ReportCatalogue.Validate(d, input.Format, input.Parameters);
        var id = Guid.NewGuid();
        var now = clock.UtcNow;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var culture = language is "kk" or "ru" or "en" ? language : "ru";
        await session.ExecuteAsync("""
            INSERT INTO rp_runs (id, report_key, schedule_id, fire_key, scheduled_for, status, format, culture, parameters, row_count, attempts,
              owner_id, owner_name, version, created_at, created_by, updated_at, updated_by)
            VALUES (@id, @key, NULL, NULL, NULL, 'Queued', @format, @culture, @parameters, 0, 0, @ownerId, @ownerName, 1, @now, @ownerName, @now,
            @ownerName)
            """, new { id, key = d.Key, format = input.Format.ToString(), culture,
                parameters = JsonSerializer.Serialize(ReportCatalogue.Normalise(values)), ownerId = user.Id, ownerName = user.UserName, now }, ct);
        await audit.WriteAsync("ReportRun", id, "Queued", null, ct);
        await scheduler.TriggerNowAsync(RunReportJob.Key, new Dictionary<string, string> { ["runId"] = id.ToString() }, ct);
        return await GetRowAsync(id, ct);
    }

    public async Task<IReadOnlyList<ReportRunDto>> GetRunsAsync(int take = 100, CancellationToken ct = default)
    {
        await RequireAsync(ReportingPermissions.Reports.Default);
        var all = await user.HasPermissionAsync(ReportingPermissions.Archive.Default);
        var rows = await session.QueryAsync<ReportRunRow>(
            $"SELECT {ReportRunRow.Columns} FROM rp_runs WHERE (@all = 1 OR owner_id = @ownerId) ORDER BY created_at DESC, id DESC LIMIT " +
                $"{Math.Clamp(take, 1, 1000)}",
            new { all = all ? 1 : 0, ownerId = user.Id }, ct);
        return rows.Select(r => r.ToDto()).ToList();
    }

    public async Task<ReportRunDto> GetRunAsync(Guid id, CancellationToken ct = default)
    {
        await RequireAsync(ReportingPermissions.Reports.Default);
        return (await VisibleAsync(id, ct)).ToDto();
    }

    public async Task<ReportRunDto> RetryAsync(Guid id, CancellationToken ct = default)
    {
        await RequireAsync(ReportingPermissions.Reports.Run);
        var run = await VisibleAsync(id, ct);
        if (run.Status != nameof(RunStatus.Failed)) throw new QaException(ReportingErrorCodes.RunNotFailed, 409);
        var now = clock.UtcNow;
        Concurrency.EnsureUpdated(await session.ExecuteAsync("""
            UPDATE rp_runs SET status = 'Queued', error = NULL, finished_at = NULL, version = version + 1, updated_at = @now, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, version = run.Version, now, by = user.UserName }, ct), "ReportRun", id);
        await audit.WriteAsync("ReportRun", id, "Retried", null, ct);
        await scheduler.TriggerNowAsync(RunReportJob.Key, new Dictionary<string, string> { ["runId"] = id.ToString() }, ct);
        return await GetRowAsync(id, ct);
    }

    public async Task<FileDownload> DownloadAsync(Guid id, CancellationToken ct = default)
    {
        var run = await VisibleAsync(id, ct);
        if (run.OwnerId != user.Id) await RequireAsync(ReportingPermissions.Archive.Download);
        if (run.Status != nameof(RunStatus.Succeeded) || run.FilePath == null || run.Checksum == null
            || !await archive.IsIntactAsync(run.FilePath, run.Checksum, ct))
            throw new QaException(ReportingErrorCodes.FileUnavailable, 404);
        return new FileDownload(run.FileName!, ReportWriter.ContentType(Enum.Parse<ReportFormat>(run.Format)), archive.OpenRead(run.FilePath));
    }

    private async Task<ReportRunRow> VisibleAsync(Guid id, CancellationToken ct)
    {
        var run = await session.QuerySingleOrDefaultAsync<ReportRunRow>($"SELECT {ReportRunRow.Columns} FROM rp_runs WHERE id = @id", new { id }, ct);
        if (run == null || (run.OwnerId != user.Id && !await user.HasPermissionAsync(ReportingPermissions.Archive.Default)))
            throw new EntityNotFoundException("ReportRun", id);
        return run;
    }

    private async Task<ReportRunDto> GetRowAsync(Guid id, CancellationToken ct) =>
        (await session.QuerySingleOrDefaultAsync<ReportRunRow>($"SELECT {ReportRunRow.Columns} FROM rp_runs WHERE id = @id", new { id },
            ct))!.ToDto();

    private async Task RequireAsync(string permission)
    {
        if (!await user.HasPermissionAsync(permission)) throw new QaException(ErrorCodes.Forbidden, 403);
    }
}
