using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>The accreditations feature's registrations.</summary>
internal static class AccreditationsRegistration
{
    public static IServiceCollection AddAccreditations(this IServiceCollection services)
    {
        services.AddSingleton(new SettingDefinition(AccreditationSettings.FirstWarningMonths, "12", SettingKind.Integer, 1, 60));
        services.AddSingleton(new SettingDefinition(AccreditationSettings.SecondWarningMonths, "6", SettingKind.Integer, 1, 60));
        services.AddSingleton(new SettingDefinition(AccreditationSettings.LastWarningMonths, "3", SettingKind.Integer, 1, 60));
        services.AddScoped<AccreditationRepository>();
        services.AddScoped<AccreditationExport>();
        services.AddScoped<AccreditationAppService>();
        services.AddScoped<IAccreditationAppService>(sp => sp.GetRequiredService<AccreditationAppService>());
        services.AddScoped<IDataSeedContributor, AccreditationDemoSeeder>();
        services.AddSingleton<IEndpointContributor, AccreditationsApi>();
        return services;
    }
}
