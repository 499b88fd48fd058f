using System.Globalization;
using Ektu.Qa.Identity.AuditLogs;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Tests.Application;

/// <summary>
/// The audit log's entries (page and API alike) carry the names of their module, entity and
/// action and their changes as lines in the caller's language; a role assignment names the built-in role, not its code.
/// </summary>
public sealed class AuditLogNamesTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetList_Should_NameRoleAssignment_When_ReadInKazakh(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.AsAsync("admin", async sp =>
        {
            var users = sp.GetRequiredService<IUserAppService>();
            var teacher = (await users.GetListAsync(new UserListInput { Search = "teacher3" })).Items.Single();
            var officer = (await sp.GetRequiredService<IRoleAppService>().GetListAsync()).Single(r => r.Name == "QualityOfficer");
            var sem = (await sp.GetRequiredService<IOrganizationUnitAppService>().GetTreeAsync()).Single(u => u.Code == "SEM");
            return await users.AssignAsync(teacher.Id, officer.Id, sem.Id);
        });

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("kk");
        try
        {
            var entry = await app.AsAsync("admin", async sp => (await sp.GetRequiredService<IAuditLogAppService>()
                .GetListAsync(new AuditLogFilter { Action = "RoleAssigned" })).Items.Single());
            (entry.ModuleName, entry.EntityName, entry.ActionName).ShouldBe(("Пайдаланушылар мен қолжетімділік", "Пайдаланушы", "Рөл тағайындалды"));
            entry.ChangeList.Select(c => c.ToString()).ShouldBe(["Рөл: Сапаны қамтамасыз ету жөніндегі маман", "Бөлімше: SEM"]);
            (entry.Module, entry.Entity, entry.Action).ShouldBe(("Identity", "User", "RoleAssigned"), "the codes stay for filters and machines");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
