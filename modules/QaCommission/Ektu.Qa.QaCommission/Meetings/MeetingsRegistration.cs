using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>The meetings feature's registrations: meetings, votes and minutes.</summary>
internal static class MeetingsRegistration
{
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddScoped<MeetingRepository>();
        services.AddScoped<MinutesWriter>();
        services.AddScoped<IMeetingAppService, MeetingAppService>();
        services.AddSingleton<IEndpointContributor, MeetingsApi>();
        return services;
    }
}
