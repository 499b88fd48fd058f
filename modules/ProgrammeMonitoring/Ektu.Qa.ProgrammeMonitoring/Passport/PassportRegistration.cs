using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Passport;

/// <summary>Everything the programme passport adds to the host.</summary>
internal static class PassportRegistration
{
    public static IServiceCollection AddPassport(this IServiceCollection services)
    {
        services.AddScoped<PassportWriter>();
        services.AddScoped<IProgrammePassportAppService, ProgrammePassportAppService>();
        services.AddSingleton<IEndpointContributor, PassportApi>();
        return services;
    }
}
