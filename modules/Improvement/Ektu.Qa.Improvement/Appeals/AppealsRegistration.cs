using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Improvement.Appeals;

/// <summary>The appeals feature's registrations.</summary>
internal static class AppealsRegistration
{
    public static IServiceCollection AddAppeals(this IServiceCollection services)
    {
        services.AddSingleton(new SettingDefinition(AppealSettings.DepartmentDays, "10", SettingKind.Integer, 1, 120));
        services.AddSingleton(new SettingDefinition(AppealSettings.SchoolDays, "15", SettingKind.Integer, 1, 120));
        services.AddSingleton(new SettingDefinition(AppealSettings.UniversityDays, "30", SettingKind.Integer, 1, 120));
        services.AddScoped<AppealRepository>();
        services.AddScoped<AppealProgrammes>();
        services.AddScoped<IAppealAppService, AppealAppService>();
        services.AddScoped<IAppealIntegrationService, AppealIntegrationService>();
        services.AddSingleton<IEndpointContributor, AppealsApi>();
        return services;
    }
}
