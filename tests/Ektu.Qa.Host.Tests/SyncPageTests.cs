using System.Net;

namespace Ektu.Qa.Host.Tests;

/// <summary>The sync pages outside the menu: role rules, import, a run.</summary>
public sealed class SyncPageTests
{
    [Fact]
    public async Task SyncPages_Should_RenderForAdminAndAnswer403Or404_When_OpenedByOthersOrForMissingRuns()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");
        foreach (var page in new[] { "/Identity/Sync", "/Identity/Sync/Rules", "/Identity/Sync/Import", "/Identity/Sync/Import?uploadId=nonsense" })
            (await admin.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.OK, page);
        (await admin.GetAsync("/Identity/Sync/Run/" + Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync("/Identity/Sync/Import?uploadId=" + Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync("/Identity/Sync/Run/" + Guid.NewGuid() + "?handler=Result")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var teacher = await factory.SignInAsync("teacher1");
        (await teacher.GetStringAsync("/")).ShouldNotContain("/Identity/Sync");
        foreach (var page in new[] { "/Identity/Sync", "/Identity/Sync/Rules", "/Identity/Sync/Import" })
            (await teacher.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, page);
    }

    [Fact]
    public async Task RulesPage_Should_AddARuleAndShowLocalizedErrors_When_Posted()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");
        var form = await admin.GetStringAsync("/Identity/Sync/Rules");
        var roleId = System.Text.RegularExpressions.Regex.Match(form, @"<option value=""([0-9a-f-]{36})""").Groups[1].Value;

        var bad = await QaWebFactory.PostFormAsync(admin, "/Identity/Sync/Rules", new()
            { ["Input.Attribute"] = "Kind", ["Input.Value"] = "Alien", ["Input.RoleId"] = roleId, ["Input.Scope"] = "School" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var good = await QaWebFactory.PostFormAsync(admin, "/Identity/Sync/Rules", new()
            { ["Input.Attribute"] = "Kind", ["Input.Value"] = "Student", ["Input.RoleId"] = roleId, ["Input.Scope"] = "School" });
        good.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);
        var rules = await admin.GetStringAsync("/Identity/Sync/Rules");
        rules.ShouldContain("<td>Staff or student</td><td>Student</td>");
    }
}
