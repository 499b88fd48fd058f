using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>The certifications feature's registrations.</summary>
internal static class CertificationsRegistration
{
    public static IServiceCollection AddCertifications(this IServiceCollection services)
    {
        services.AddScoped<CertificationRepository>();
        services.AddScoped<ICertificationAppService, CertificationAppService>();
        services.AddScoped<IDataSeedContributor, CertificationDemoSeeder>();
        services.AddSingleton<IEndpointContributor, CertificationsApi>();
        return services;
    }
}
