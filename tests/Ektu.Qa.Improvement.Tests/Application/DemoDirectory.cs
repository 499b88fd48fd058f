using Ektu.Qa.Identity;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Improvement.Tests.Application;

/// <summary>Demo units and users by code and name, read as the administrator.</summary>
internal static class DemoDirectory
{
    public static Task<Guid> UnitAsync(this TestApp app, string code) => app.AsAsync("admin", async sp =>
        (await sp.GetRequiredService<IIdentityIntegrationService>().GetUnitsAsync()).Single(u => u.Code == code).Id);

    public static Task<Guid> UserIdAsync(this TestApp app, string userName) => app.AsAsync("admin", async sp =>
        (await sp.GetRequiredService<IIdentityIntegrationService>().GetUsersByNameAsync([userName])).Single().Id);
}
