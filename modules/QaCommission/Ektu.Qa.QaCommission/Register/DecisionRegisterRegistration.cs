using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Register;

/// <summary>
/// The decisions register's registrations: follow-up, quarterly status requests, the overdue scan, and this module's
/// records as sources of CAPA items.
/// </summary>
internal static class DecisionRegisterRegistration
{
    public static IServiceCollection AddDecisionRegister(this IServiceCollection services)
    {
        services.AddSingleton(new SettingDefinition(QaCommissionSettings.LadderRepeatedAt, "2", SettingKind.Integer, 2, 20));
        services.AddSingleton(new SettingDefinition(QaCommissionSettings.LadderSystematicAt, "3", SettingKind.Integer, 2, 50));
        services.AddScoped<RegisterRepository>();
        services.AddScoped<FollowUpRunner>();
        services.AddScoped<IDecisionRegisterAppService, DecisionRegisterAppService>();
        services.AddQaJob<QuarterlyStatusRequestJob>(QuarterlyStatusRequestJob.Key, QuarterlyStatusRequestJob.Cron);
        services.AddQaJob<OverdueDecisionScanJob>(OverdueDecisionScanJob.Key, OverdueDecisionScanJob.Cron);
        services.AddScoped<ICapaSourceRecords, CapaSourceRecords>();
        services.AddSingleton<IEndpointContributor, RegisterApi>();
        return services;
    }
}
