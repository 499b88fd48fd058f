using Ektu.Qa.Kernel.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Mail;

/// <summary>The outbox, its sender job and in-app notifications.</summary>
internal static class QaMailSetup
{
    public static void AddQaMail(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(MailOptions.Section);
        services.Configure<MailOptions>(section);
        var options = section.Get<MailOptions>() ?? new MailOptions();
        services.AddScoped<IMailOutbox, MailOutbox>();
        services.AddSingleton<MailOutboxSender>();
        services.AddScoped<NotificationStore>();
        services.AddScoped<INotificationSender>(sp => sp.GetRequiredService<NotificationStore>());
        services.AddScoped<INotificationCenter>(sp => sp.GetRequiredService<NotificationStore>());
        services.AddQaJob<MailOutboxJob>(MailOutboxJob.Key, options.SendCron);
    }
}
