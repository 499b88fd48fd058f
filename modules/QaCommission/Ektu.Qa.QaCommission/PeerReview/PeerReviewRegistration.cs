using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>The peer review of teaching feature's registrations.</summary>
internal static class PeerReviewRegistration
{
    public static IServiceCollection AddPeerReview(this IServiceCollection services)
    {
        services.AddSingleton(new SettingDefinition(PeerReviewSettings.LowScorePercent, "60", SettingKind.Integer, 1, 100));
        services.AddScoped<PeerReviewRepository>();
        services.AddScoped<IPeerReviewAppService, PeerReviewAppService>();
        services.AddSingleton<IEndpointContributor, PeerReviewApi>();
        return services;
    }
}
