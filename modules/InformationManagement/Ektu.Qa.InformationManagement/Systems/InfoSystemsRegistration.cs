using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>Everything the information systems registry adds to the host.</summary>
internal static class InfoSystemsRegistration
{
    public static IServiceCollection AddInfoSystems(this IServiceCollection services)
    {
        services.AddSingleton(new SettingDefinition(SystemSettings.RestoreStaleDays, "90", SettingKind.Integer, 1, 3650));
        services.AddScoped<InfoSystemRepository>();
        services.AddScoped<IInfoSystemAppService, InfoSystemAppService>();
        services.AddScoped<IDataSeedContributor, InfoSystemSeeder>();
        services.AddSingleton<IEndpointContributor, InfoSystemsApi>();
        return services;
    }
}
