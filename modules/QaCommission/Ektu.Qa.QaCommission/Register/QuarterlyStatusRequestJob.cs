using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.QaCommission.Commissions;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.QaCommission.Register;

/// <summary>
/// 004 §7.4.3: at the start of each quarter, a status request for every open adopted decision, for the quarter that
/// just ended. Idempotent (one request per decision per quarter end), so a late misfire run does no harm.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class QuarterlyStatusRequestJob : QaJob
{
    public const string Key = "QaCommission.QuarterlyStatusRequests";

    /// <summary>08:00 on the first day of January, April, July and October (Scheduling:TimeZone).</summary>
    public const string Cron = "0 0 8 1 1,4,7,10 ?";

    protected override async Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct)
    {
        var today = services.GetRequiredService<QaCommissionCalendar>().Today;
        await services.GetRequiredService<FollowUpRunner>().GenerateQuarterlyRequestsAsync(LastQuarterEnd(today), UnitScope.Everything, "system", ct);
    }

    /// <summary>The last day of the quarter before the one <paramref name="today"/> is in.</summary>
    public static DateOnly LastQuarterEnd(DateOnly today) => new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1).AddDays(-1);
}
