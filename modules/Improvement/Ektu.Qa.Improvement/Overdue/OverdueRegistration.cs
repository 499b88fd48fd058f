using Ektu.Qa.Kernel.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Improvement.Overdue;

/// <summary>The overdue scan's registrations: the morning job that tells handlers and owners of overdue appeals and CAPA items.</summary>
internal static class OverdueRegistration
{
    public static IServiceCollection AddOverdueScan(this IServiceCollection services)
    {
        services.AddScoped<OverdueItemScanner>();
        services.AddQaJob<OverdueItemScanJob>(OverdueItemScanJob.Key, OverdueItemScanJob.Cron);
        return services;
    }
}
