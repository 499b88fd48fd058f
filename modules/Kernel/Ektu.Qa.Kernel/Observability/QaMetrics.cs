using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ektu.Qa.Kernel.Observability;

/// <summary>
/// The application's own instruments, on one meter that the host exports at <c>/metrics</c> (OpenTelemetry, Prometheus
/// format) beside ASP.NET Core's and the runtime's. Tags are low-cardinality names (a process key, a report key, a job
/// name, an outcome), never ids. Static, as <see cref="Meter"/>s are meant to be: an instrument nobody listens to costs a
/// branch.
/// </summary>
public static class QaMetrics
{
    public const string MeterName = "Ektu.Qa";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> DbCommands = Meter.CreateCounter<long>(
        "ektu_qa.db.commands", description: "SQL commands run through the Kernel's session");

    private static readonly Histogram<double> DbCommandDuration = Meter.CreateHistogram<double>(
        "ektu_qa.db.command.duration", "s", "Time of one SQL command, until its result was read");

    private static readonly Counter<long> UnitsOfWork = Meter.CreateCounter<long>(
        "ektu_qa.db.units_of_work", description: "Transactions ended, by outcome (committed, rolled_back)");

    private static readonly Counter<long> WorkflowSteps = Meter.CreateCounter<long>(
        "ektu_qa.workflow.steps", description: "Engine steps persisted, by process and the instance's status after the step");

    private static readonly Counter<long> ReportRuns = Meter.CreateCounter<long>(
        "ektu_qa.reports.runs", description: "Report runs ended, by report and outcome");

    private static readonly Histogram<double> ReportRunDuration = Meter.CreateHistogram<double>(
        "ektu_qa.reports.run.duration", "s", "Time of one report run");

    private static readonly Counter<long> JobRuns = Meter.CreateCounter<long>(
        "ektu_qa.jobs.runs", description: "Scheduled (Quartz) job executions, by job and outcome");

    private static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>(
        "ektu_qa.jobs.run.duration", "s", "Time of one scheduled job execution");

    private static readonly Counter<long> MailAttempts = Meter.CreateCounter<long>(
        "ektu_qa.mail.attempts", description: "Outbox delivery attempts, by outcome (sent, retry, failed)");

    static QaMetrics()
    {
        Meter.CreateObservableGauge("ektu_qa.db.pool.connections", ConnectionPoolMetrics.Observe,
            description: "Connections of the Kernel's pools, by state (in_use, idle)");
    }

    public static void DbCommand(long startedTimestamp)
    {
        DbCommands.Add(1);
        DbCommandDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds);
    }

    public static void UnitOfWorkEnded(bool committed) =>
        UnitsOfWork.Add(1, new KeyValuePair<string, object?>("outcome", committed ? "committed" : "rolled_back"));

    public static void WorkflowStep(string processKey, string status) =>
        WorkflowSteps.Add(1, new("process", processKey), new("status", status));

    public static void ReportRun(string reportKey, bool succeeded, TimeSpan duration)
    {
        KeyValuePair<string, object?>[] tags = [new("report", reportKey), new("outcome", succeeded ? "succeeded" : "failed")];
        ReportRuns.Add(1, tags);
        ReportRunDuration.Record(duration.TotalSeconds, tags);
    }

    public static void JobRun(string job, bool succeeded, TimeSpan duration)
    {
        KeyValuePair<string, object?>[] tags = [new("job", job), new("outcome", succeeded ? "succeeded" : "failed")];
        JobRuns.Add(1, tags);
        JobDuration.Record(duration.TotalSeconds, tags);
    }

    /// <summary><paramref name="outcome"/>: sent, retry (a later attempt follows) or failed (given up).</summary>
    public static void MailAttempt(string outcome) => MailAttempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
