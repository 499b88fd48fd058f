using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>The self-assessment builder's registrations.</summary>
internal static class SelfAssessmentRegistration
{
    public static IServiceCollection AddSelfAssessment(this IServiceCollection services)
    {
        services.AddScoped<SelfAssessmentRepository>();
        services.AddScoped<SelfAssessmentWriter>();
        services.AddScoped<ISelfAssessmentAppService, SelfAssessmentAppService>();
        services.AddScoped<IDataSeedContributor, SaStandardSeeder>();
        services.AddScoped<IDataSeedContributor, SelfAssessmentDemoSeeder>();
        services.AddSingleton<IEndpointContributor, SelfAssessmentApi>();
        return services;
    }
}
