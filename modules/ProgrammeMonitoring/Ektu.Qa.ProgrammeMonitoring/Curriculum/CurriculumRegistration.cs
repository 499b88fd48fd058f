using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Curriculum;

/// <summary>Everything the curriculum (courses and the outcome × course map) adds to the host.</summary>
internal static class CurriculumRegistration
{
    public static IServiceCollection AddCurriculum(this IServiceCollection services)
    {
        services.AddScoped<ICurriculumAppService, CurriculumAppService>();
        services.AddSingleton<IEndpointContributor, CurriculumApi>();
        return services;
    }
}
