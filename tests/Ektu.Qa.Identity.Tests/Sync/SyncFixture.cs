using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Sync;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Tests.Sync;

/// <summary>Calls the sync services as the demo administrator; people are placed in the demo units by code.</summary>
internal static class SyncFixture
{
    public static Task<SyncBatchResult> PushAsync(this TestApp app, params SyncPersonInput[] people) =>
        app.AsAsync("admin", sp => sp.GetRequiredService<ISyncAppService>().PushPeopleAsync(people));

    public static Task<SyncBatchResult> DeactivateAsync(this TestApp app, params string[] externalIds) =>
        app.AsAsync("admin", sp => sp.GetRequiredService<ISyncAppService>().DeactivatePeopleAsync(externalIds));

    public static async Task<Guid> RoleIdAsync(this TestApp app, string name) =>
        (await app.AsAsync("admin", sp => sp.GetRequiredService<IRoleAppService>().GetListAsync())).Single(r => r.Name == name).Id;

    public static async Task<Guid> UnitIdAsync(this TestApp app, string code) =>
        (await app.AsAsync("admin", sp => sp.GetRequiredService<IOrganizationUnitAppService>().GetTreeAsync())).Single(u => u.Code == code).Id;

    public static async Task RuleAsync(this TestApp app, SyncRuleAttribute attribute, string value, string role, SyncRuleScope scope)
    {
        var roleId = await app.RoleIdAsync(role);
        await app.AsAsync("admin", sp => sp.GetRequiredService<ISyncAppService>().CreateRuleAsync(
            new SaveSyncRuleInput { Attribute = attribute, Value = value, RoleId = roleId, Scope = scope }));
    }

    public static SyncPersonInput Staff(string id, string unit, string? position = null, string? name = null) =>
        new(id, SyncPersonKind.Staff, name ?? "Person " + id, null, null, unit, position, null, null, null, null);

    public static SyncPersonInput Student(string id, string unit, int year = 1) =>
        new(id, SyncPersonKind.Student, "Student " + id, null, id + "@edu.ektu.kz", unit, null, "6B06101", year, "Full-time", "kk");

    public static Task<long> CountAsync(this TestApp app, string sql, object? args = null) =>
        app.QueryAsync(db => db.ExecuteScalarAsync<long>(sql, args));

    /// <summary>The roles a user holds, as "Role@UNIT" with the source ("Rule" or "" for a manual grant).</summary>
    public static async Task<IReadOnlyList<string>> GrantsAsync(this TestApp app, string userName) =>
        (await app.QueryAsync(db => db.QueryAsync<(string Role, string Unit, string? Source)>("""
            SELECT r.name, u.code, ur.source FROM id_user_roles ur JOIN id_roles r ON r.id = ur.role_id
            JOIN id_organization_units u ON u.id = ur.unit_id JOIN id_users us ON us.id = ur.user_id
            WHERE us.user_name = @userName ORDER BY r.name, u.code
            """, new { userName })))
        .Select(g => $"{g.Role}@{g.Unit}:{g.Source}").ToList();
}
