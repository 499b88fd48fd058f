using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Tests.Application;

/// <summary>The one unit directory other modules read units, scope and names through (it replaced two module copies).</summary>
public sealed class UnitDirectoryTests
{
    private static Task<T> AsDeanAsync<T>(TestApp app, Func<IUnitDirectory, Task<T>> read) =>
        app.AsAsync("dean.sitis", sp => read(sp.GetRequiredService<IUnitDirectory>()));

    private static Task<Guid> IdAsync(TestApp app, string code) =>
        AsDeanAsync(app, async d => (await d.AllAsync(default)).Single(u => u.Code == code).Id);

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task EnsureVisibleAsync_Should_AnswerNotFound_When_RecordIsOutsideTheCallersScope(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (cs, geo) = (await IdAsync(app, "SITIS-CS"), await IdAsync(app, "SEM-GEO"));

        await AsDeanAsync(app, async d => { await d.EnsureVisibleAsync(cs, "Probe", Guid.NewGuid(), default); return 0; });
        await Should.ThrowAsync<EntityNotFoundException>(() => AsDeanAsync(app, async d =>
        {
            await d.EnsureVisibleAsync(geo, "Probe", Guid.NewGuid(), default);
            return 0;
        }));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task EnsureTargetAsync_Should_RefuseTheField_When_UnitIsUnknownOrOutsideTheScope(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (cs, geo) = (await IdAsync(app, "SITIS-CS"), await IdAsync(app, "SEM-GEO"));

        (await AsDeanAsync(app, d => d.EnsureTargetAsync(cs, "UnitId", default))).Code.ShouldBe("SITIS-CS");
        foreach (var unit in new[] { geo, Guid.NewGuid() })
            (await Should.ThrowAsync<ValidationException>(() => AsDeanAsync(app, d => d.EnsureTargetAsync(unit, "UnitId", default))))
                .Errors["UnitId"].ShouldBe([ErrorCodes.InvalidValue]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task InScopeAsync_Should_ListTheSchoolAndItsDepartments_When_CallerIsItsDean(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var cs = await IdAsync(app, "SITIS-CS");

        (await AsDeanAsync(app, async d => (await d.InScopeAsync(default)).Select(u => u.Code).Order(StringComparer.Ordinal).ToList()))
            .ShouldBe(["SITIS", "SITIS-AC", "SITIS-CS", "SITIS-IS"]);
        (await AsDeanAsync(app, async d => (await d.AncestorAsync(cs, OrganizationUnitKind.School, default))?.Code)).ShouldBe("SITIS");
        (await AsDeanAsync(app, d => d.NameAsync(Guid.NewGuid(), default))).ShouldBe("");
    }
}
