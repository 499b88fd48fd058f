using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Related;

/// <summary>Other modules' records about a programme, and the register as Improvement's appeals name it.</summary>
internal static class RelatedRegistration
{
    public static IServiceCollection AddRelated(this IServiceCollection services)
    {
        services.AddScoped<IAppealProgrammeCatalog, AppealProgrammeCatalog>();
        services.AddScoped<IProgrammeRelatedAppService, ProgrammeRelatedAppService>();
        services.AddSingleton<IEndpointContributor, RelatedApi>();
        return services;
    }
}
