using Ektu.Qa.Identity.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Sync;

/// <summary>The sync feature's registrations: push API, role rules, runs, import and first-sign-in provisioning.</summary>
internal static class SyncRegistration
{
    public static IServiceCollection AddSync(this IServiceCollection services)
    {
        services.AddScoped<SyncRepository>();
        services.AddScoped<SyncRuleRepository>();
        services.AddScoped<SyncRunLog>();
        services.AddScoped<UnitSync>();
        services.AddScoped<PeopleSync>();
        services.AddScoped<SyncAppService>();
        services.AddScoped<ISyncAppService>(sp => sp.GetRequiredService<SyncAppService>());
        services.AddScoped<SyncFileStore>();
        services.AddScoped<IPeopleImportAppService, PeopleImportAppService>();
        services.AddSingleton<IEndpointContributor, SyncApi>();
        services.AddSingleton<PortalProvisioning>();
        return services;
    }
}
