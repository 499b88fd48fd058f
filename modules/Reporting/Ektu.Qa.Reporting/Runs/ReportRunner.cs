using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Mail;
using Ektu.Qa.Kernel.Observability;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Reporting.Definitions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>
/// Executes one queued run: claims it (Queued → Running, so a run is executed once), generates it as its owner,
/// archives the file (temp, fsync, rename, checksum), records the outcome and delivers it. Each step is its own unit
/// of work: a long generation holds no write transaction.
/// </summary>
internal sealed class ReportRunner(IServiceScopeFactory scopes, ReportCatalogue catalogue, ReportArchive archive, IClock clock,
    IOptions<ReportingOptions> options, ILogger<ReportRunner> logger)
{
    public async Task<bool> ExecuteAsync(Guid runId, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var claimed = await InScopeAsync(s => s.ExecuteAsync("""
            UPDATE rp_runs SET status = 'Running', started_at = @now, heartbeat_at = @now, attempts = attempts + 1, error = NULL,
              version = version + 1, updated_at = @now, updated_by = 'system'
            WHERE id = @runId AND status = 'Queued'
            """, new { runId, now }, ct), ct);
        if (claimed == 0) return false;
        var run = (await InScopeAsync(s =>
            s.QuerySingleOrDefaultAsync<ReportRunRow>($"SELECT {ReportRunRow.Columns} FROM rp_runs WHERE id = @runId", new { runId }, ct), ct))!;
        var watch = Stopwatch.StartNew();
        try
        {
            await AgainOnNewConnectionAsync(run.Id, async () =>
            {
                var (path, size, checksum, rows, fileName) = await GenerateAsync(run, ct);
                await InScopeAsync(async (s, sp) =>
                {
                    var finished = clock.UtcNow;
                    await s.ExecuteAsync("""
                        UPDATE rp_runs SET status = 'Succeeded', row_count = @rows, duration_ms = @ms, file_name = @fileName, file_path = @path,
                          file_size = @size, checksum = @checksum, finished_at = @finished, heartbeat_at = @finished,
                          version = version + 1, updated_at = @finished, updated_by = 'system'
                        WHERE id = @runId
                        """, new { runId, rows, ms = watch.ElapsedMilliseconds, fileName, path, size, checksum, finished }, ct);
                    await sp.GetRequiredService<IAuditLog>().WriteAsync("Reporting", "ReportRun", runId, "Succeeded", null, ct);
                    await DeliverAsync(sp, s, run, fileName, path, size, ct);
                    return 0;
                }, ct);
            }, ct);
            QaMetrics.ReportRun(run.ReportKey, succeeded: true, watch.Elapsed);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Report run {RunId} ({Report}) failed", runId, run.ReportKey);
            archive.DeleteTemp(runId);
            // A person reads the stored error through the localizer: a code, never the exception's own text (that stays in the log).
            var error = ex is QaException qa ? qa.Code : ErrorCodes.Unexpected;
            await InScopeAsync(async (s, sp) =>
            {
                var finished = clock.UtcNow;
                await s.ExecuteAsync("""
                    UPDATE rp_runs SET status = 'Failed', error = @error, duration_ms = @ms, finished_at = @finished,
                      version = version + 1, updated_at = @finished, updated_by = 'system'
                    WHERE id = @runId
                    """, new { runId, error, ms = watch.ElapsedMilliseconds, finished }, ct);
                await sp.GetRequiredService<IAuditLog>().WriteAsync("Reporting", "ReportRun", runId, "Failed", null, ct);
                return 0;
            }, ct);
            QaMetrics.ReportRun(run.ReportKey, succeeded: false, watch.Elapsed);
            return false;
        }
    }

    /// <summary>
    /// A run whose database connection failed under it (a cluster node dying) is produced and recorded again on a new
    /// connection, as the scheduler's jobs are (<see cref="QaJob"/>), so a fail-over does not fail the run of that moment.
    /// </summary>
    private async Task AgainOnNewConnectionAsync(Guid runId, Func<Task> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await work();
                return;
            }
            catch (Exception ex) when (attempt < 3 && TransientDbFailure.Is(ex) && !ct.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Report run {RunId} lost its database connection (attempt {Attempt}); producing it again", runId, attempt);
                archive.DeleteTemp(runId);
                await Task.Delay(TimeSpan.FromSeconds(attempt), ct);
            }
        }
    }

    private async Task<(string Path, long Size, string Checksum, int Rows, string FileName)> GenerateAsync(ReportRunRow run, CancellationToken ct)
    {
        var definition = catalogue.Get(run.ReportKey);
        var format = Enum.Parse<ReportFormat>(run.Format);
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var user = sp.GetRequiredService<CurrentUser>();
        user.Use(CurrentUser.For(run.OwnerId, run.OwnerName));
        if (!await user.HasPermissionAsync(definition.Permission)) throw new QaException(ErrorCodes.Forbidden, 403);
        var stored = JsonSerializer.Deserialize<Dictionary<string, string?>>(run.Parameters) ?? [];
        var values = ReportCatalogue.Validate(definition, format, stored);
        var culture = CultureInfo.GetCultureInfo(run.Culture);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var l = sp.GetRequiredService<IStringLocalizer>();
            var title = l[definition.NameKey].Value;
            var headers = definition.ColumnKeys.Select(k => l[k].Value).ToList();
            var context = new ReportContext { Services = sp, Parameters = values, NowUtc = clock.UtcNow };
            // The file name's time is read by people (mail attachment, archive), so it is the university's.
            var stamp = sp.GetRequiredService<IUserClock>().Local(run.ScheduledFor ?? run.CreatedAt);
            var fileName = $"{definition.Key}-{stamp:yyyyMMdd-HHmm}{ReportWriter.Extension(format)}";
            var (path, size, checksum, rows) = await archive.WriteAsync(run.Id, ReportWriter.Extension(format), clock.UtcNow,
                stream => ReportWriter.WriteAsync(stream, format, title, headers, definition.Rows(context, ct), culture, n => Heartbeat(run.Id, n),
                    ct,
                    definition.WriteDocx == null ? null : (s, c) => definition.WriteDocx(context, s, c)), ct);
            return (path, size, checksum, rows, fileName);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Progress (rows so far) and the liveness the interrupted-run sweep reads.</summary>
    private void Heartbeat(Guid runId, int rows)
    {
        var now = clock.UtcNow;
        InScopeAsync(s => s.ExecuteAsync("UPDATE rp_runs SET row_count = @rows, heartbeat_at = @now WHERE id = @runId AND status = 'Running'",
            new { runId, rows, now }, CancellationToken.None), CancellationToken.None).GetAwaiter().GetResult();
    }

    private async Task DeliverAsync(IServiceProvider sp, IDbSession s, ReportRunRow run, string fileName, string path, long size,
        CancellationToken ct)
    {
        if (run.ScheduleId == null) return;
        var recipients = await s.ExecuteScalarAsync<string>("SELECT recipients FROM rp_schedules WHERE id = @id", new { id = run.ScheduleId }, ct)
            ?? "";
        var (to, users) = await sp.GetRequiredService<ReportRecipients>().ResolveAsync(recipients, ct);
        var l = sp.GetRequiredService<IStringLocalizer>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(run.Culture);
        try
        {
            var name = l[catalogue.Get(run.ReportKey).NameKey].Value;
            var link = $"/Reporting/Runs?highlight={run.Id}";
            if (to.Count > 0)
            {
                var attach = size <= 10 * 1024 * 1024;
                var url = options.Value.PublicBaseUrl.TrimEnd('/') + $"/api/reporting/runs/{run.Id}/file";
                await sp.GetRequiredService<IMailOutbox>().EnqueueAsync(new OutgoingMail
                {
                    To = to,
                    Subject = l["Reporting:MailSubject", name].Value,
                    HtmlBody = $"<p>{System.Net.WebUtility.HtmlEncode(l["Reporting:MailBody", name].Value)}</p><p><a " +
                        $"href=\"{System.Net.WebUtility.HtmlEncode(url)}\">{System.Net.WebUtility.HtmlEncode(fileName)}</a></p>",
                    TextBody = l["Reporting:MailBody", name].Value + "\n" + url,
                    Attachments = attach ? [MailAttachment.FromFile(fileName, ReportWriter.ContentType(Enum.Parse<ReportFormat>(run.Format)), path)]
                        : [],
                }, ct);
            }
            foreach (var userId in users.Append(run.OwnerId).Distinct())
                await sp.GetRequiredService<INotificationSender>().NotifyAsync(userId, "Reporting:ReportReady", [name], link, ct);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private Task<T> InScopeAsync<T>(Func<IDbSession, Task<T>> work, CancellationToken ct) => InScopeAsync((s, _) => work(s), ct);

    private async Task<T> InScopeAsync<T>(Func<IDbSession, IServiceProvider, Task<T>> work, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<CurrentUser>().Use(CurrentUser.For(Guid.Empty, "system"));
        var session = sp.GetRequiredService<IDbSession>();
        return await session.InUnitOfWorkAsync(() => work(session, sp), ct);
    }
}
