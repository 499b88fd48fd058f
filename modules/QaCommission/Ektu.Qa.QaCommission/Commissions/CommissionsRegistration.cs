using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>The commissions feature's registrations, with what every other feature of the module leans on (access, calendar, notices).</summary>
internal static class CommissionsRegistration
{
    public static IServiceCollection AddCommissions(this IServiceCollection services)
    {
        services.AddSingleton(new SettingDefinition(QaCommissionSettings.TermWarningDays, "60", SettingKind.Integer, 1, 365));
        services.AddScoped<QaCommissionCalendar>();
        services.AddScoped<CommissionRepository>();
        services.AddScoped<CommissionAccess>();
        services.AddScoped<Notifier>();
        services.AddScoped<MemberEligibility>();
        services.AddScoped<ICommissionAppService, CommissionAppService>();
        services.AddSingleton<IEndpointContributor, CommissionsApi>();
        return services;
    }
}
