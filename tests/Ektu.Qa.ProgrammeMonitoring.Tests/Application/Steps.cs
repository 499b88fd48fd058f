using Ektu.Qa.Identity;
using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Data;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Application;

/// <summary>Short ways to act on programmes as a demo user.</summary>
internal static class Steps
{
    public static IProgrammeAppService Programmes(IServiceProvider sp) => sp.GetRequiredService<IProgrammeAppService>();

    public static ICurriculumAppService Curriculum(IServiceProvider sp) => sp.GetRequiredService<ICurriculumAppService>();

    public static Task<Guid> UnitAsync(this TestApp app, string code) => app.AsAsync("admin", async sp =>
        (await sp.GetRequiredService<IIdentityIntegrationService>().GetUnitsAsync()).Single(u => u.Code == code).Id);

    /// <summary>The demo IT programme's content for SITIS / SITIS-CS, with another group code so it is told apart from the demo's.</summary>
    public static async Task<ProgrammeContent> SitisContentAsync(this TestApp app) =>
        DemoProgrammes.InformationTechnology(await app.UnitAsync("SITIS"), await app.UnitAsync("SITIS-CS"))
            with { Classifier = new("6B06", "6B061", "B058") };

    public static async Task<ProgrammeDetailsDto> CreateAsync(this TestApp app, string user = "aqd") =>
        await app.AsAsync(user, async sp => await Programmes(sp).CreateAsync(await app.SitisContentAsync()));

    /// <summary>A programme whose first version is approved.</summary>
    public static async Task<Guid> ApprovedAsync(this TestApp app)
    {
        var p = await app.CreateAsync();
        await app.AsAsync("aqd", sp => Programmes(sp).ApproveAsync(p.Programme.Id, 1));
        return p.Programme.Id;
    }

    public static Task<ProgrammeVersionDto> ReviseAsync(this TestApp app, Guid id, int number, Func<ProgrammeContent, ProgrammeContent> change) =>
        app.AsAsync("aqd", async sp =>
        {
            var v = await Programmes(sp).GetVersionAsync(id, number);
            return await Programmes(sp).ReviseAsync(id, number, new ReviseInput(change(v.Content)));
        });
}
