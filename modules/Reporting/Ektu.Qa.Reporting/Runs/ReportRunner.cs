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
/// Executes one queued run: claims it (Queued → Running, so a run is executed once), generates it as its owner into a
/// scratch file, stores it in the archive with the outcome's record and delivers it. Each step is its own unit
/// of work: a long generation holds no write transaction.
/// </summary>
internal sealed class ReportRunner(IServiceScopeFactory scopes, ReportCatalogue catalogue, IClock clock,
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
                var (scratch, rows, fileName) = await GenerateAsync(run, ct);
                await using (scratch)
                {
                    await InScopeAsync(async (s, sp) =>
                    {
                        // The file and the record that names it commit together (on the database store): no orphan, no dangling path.
                        scratch.Position = 0;
                        var stored = await sp.GetRequiredService<ReportArchive>().SaveAsync(scratch,
                            ReportWriter.Extension(Enum.Parse<ReportFormat>(run.Format)).TrimStart('.'), ct);
                        var finished = clock.UtcNow;
                        await s.ExecuteAsync("""
                            UPDATE rp_runs SET status = 'Succeeded', row_count = @rows, duration_ms = @ms, file_name = @fileName, file_path = @path,
                              file_size = @size, checksum = @checksum, finished_at = @finished, heartbeat_at = @finished,
                              version = version + 1, updated_at = @finished, updated_by = 'system'
                            WHERE id = @runId
                            """, new { runId, rows, ms = watch.ElapsedMilliseconds, fileName, path = stored.Path, size = stored.Length,
                                checksum = stored.Sha256, finished }, ct);
                        await sp.GetRequiredService<IAuditLog>().WriteAsync("Reporting", "ReportRun", runId, "Succeeded", null, ct);
                        await DeliverAsync(sp, s, run, fileName, stored.Path, stored.Length, ct);
                        return 0;
                    }, ct);
                }
            }, ct);
            QaMetrics.ReportRun(run.ReportKey, succeeded: true, watch.Elapsed);
            return true;
        }
        catch (Exception ex) when (TransientDbFailure.Is(ex) && !ct.IsCancellationRequested)
        {
            // The database stayed out of reach for the whole reconnect window: the run is the database's failure, not the
            // report's. It stays Running with its last heartbeat, so the interrupted-run sweep queues it again (attempts
            // counted) once the database answers; recording Failed would need the very connection that is missing.
            logger.LogWarning(ex, "Report run {RunId} ({Report}) could not reach the database; left for the interrupted-run sweep", runId,
                run.ReportKey);
            QaMetrics.ReportRun(run.ReportKey, succeeded: false, watch.Elapsed);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Report run {RunId} ({Report}) failed", runId, run.ReportKey);
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
    /// connection, as the scheduler's jobs are (<see cref="QaJob"/>), for up to <see cref="ReportingOptions.ReconnectFor"/>:
    /// a Galera cluster takes some seconds to drop a dead node, and a run of that moment must not fail for it. Each attempt
    /// rolls back whole (the file is stored in the unit of work that records the run), so nothing is kept twice.
    /// </summary>
    private async Task AgainOnNewConnectionAsync(Guid runId, Func<Task> work, CancellationToken ct)
    {
        var trying = Stopwatch.StartNew(); // real time, whatever clock the host runs on
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await work();
                return;
            }
            catch (Exception ex) when (TransientDbFailure.Is(ex) && trying.Elapsed < options.Value.ReconnectFor && !ct.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Report run {RunId} lost its database connection (attempt {Attempt}); producing it again", runId, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), ct);
            }
        }
    }

    /// <summary>The run's file in a scratch file of this host (the caller stores and disposes it), its rows and its name.</summary>
    private async Task<(FileStream Scratch, int Rows, string FileName)> GenerateAsync(ReportRunRow run, CancellationToken ct)
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
            var scratch = ReportArchive.CreateScratch();
            try
            {
                var rows = await ReportWriter.WriteAsync(scratch, format, title, headers, definition.Rows(context, ct), culture,
                    n => Heartbeat(run.Id, n), ct, definition.WriteDocx == null ? null : (s, c) => definition.WriteDocx(context, s, c));
                await scratch.FlushAsync(ct);
                return (scratch, rows, fileName);
            }
            catch
            {
                await scratch.DisposeAsync();
                throw;
            }
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
                    Attachments = attach
                        ? [MailAttachment.FromStore(fileName, ReportWriter.ContentType(Enum.Parse<ReportFormat>(run.Format)), ReportArchive.Area,
                            path)]
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
