using System.Globalization;
using System.Text.Json;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.Configuration;

namespace Ektu.Qa.Kernel.Tests.Domain;

/// <summary>The audit log reads as names, values and local times, never codes or JSON.</summary>
public sealed class AuditTextTests
{
    private static readonly LocalizationStore Store = new(new ModuleCatalog([new KernelModule(), .. TestModules.All()]).Assemblies);

    private sealed record Unit(string Name, OrganizationUnitKind Kind, bool IsActive, DateTime ClosedAt);

    private static AuditText Text() => new(new QaStringLocalizer(Store),
        new UserClock(new FakeClock(DateTime.UtcNow), new ConfigurationBuilder().Build()));

    private static T In<T>(string culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try { return read(); }
        finally { CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = previous; }
    }

    [Fact]
    public void Names_Should_ComeFromTheModulesCatalogues_When_Known()
    {
        In("ru", () => Text().Entity("OrganizationUnit")).ShouldBe("Подразделение");
        In("kk", () => Text().Action("RoleAssigned")).ShouldBe("Рөл тағайындалды");
        In("en", () => Text().Module("QualityPolicy")).ShouldBe("Quality policy");
        In("ru", () => Text().Action("Updated")).ShouldBe("Изменено");
    }

    [Theory]
    [InlineData("RoleUnassigned", "Role unassigned")]
    [InlineData("OwnerUnitId", "Owner unit id")]
    [InlineData("HTMLExport", "HTML export")]
    [InlineData("x", "X")]
    [InlineData("", "")]
    public void Humanize_Should_SplitWords_When_NoCatalogueNamesTheCode(string code, string words) =>
        AuditNames.Humanize(code).ShouldBe(words);

    [Fact]
    public void Entity_Should_FallBackToWords_When_UnknownToEveryCatalogue() =>
        In("ru", () => Text().Entity("GhostRecord")).ShouldBe("Ghost record");

    [Fact]
    public void Changes_Should_ReadLabelOldNew_When_EnumBoolAndTimeChanged()
    {
        var before = new Unit("ИТ", OrganizationUnitKind.School, true, new DateTime(2026, 3, 10, 20, 30, 0, DateTimeKind.Utc));
        var after = before with { Kind = OrganizationUnitKind.Department, IsActive = false, ClosedAt = before.ClosedAt.AddHours(1) };
        var json = JsonSerializer.Serialize(AuditChanges.Between(before, after));

        var lines = In("ru", () => Text().Changes(json)).Select(l => l.ToString()).ToList();

        lines.ShouldBe([
            "Вид: Школа / факультет → Кафедра",
            "Активен: Да → Нет",
            // Stored UTC, read on the university's clock (Asia/Almaty, UTC+5).
            $"Closed at: {new DateTime(2026, 3, 11, 1, 30, 0).ToString("g", CultureInfo.GetCultureInfo("ru"))} → "
                + new DateTime(2026, 3, 11, 2, 30, 0).ToString("g", CultureInfo.GetCultureInfo("ru")),
        ]);
        json.ShouldNotContain("\"Values\":null", customMessage: "plain values store no key prefix");
    }

    [Fact]
    public void Changes_Should_ShowRoleByName_When_ValueIsABuiltInRole()
    {
        var json = JsonSerializer.Serialize(new[] { new AuditChange("Role", null, "QualityOfficer", LocalizerExtensions.RolePrefix) });
        In("ru", () => Text().ChangesText(json)).ShouldBe("Роль: Специалист по обеспечению качества");
        var custom = JsonSerializer.Serialize(new[] { new AuditChange("Role", "Методисты", null, LocalizerExtensions.RolePrefix) });
        In("ru", () => Text().ChangesText(custom)).ShouldBe("Роль: Методисты → —");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"Field\":1}")]
    public void Changes_Should_StayTotal_When_StoredTextIsOdd(string? stored) =>
        Should.NotThrow(() => Text().Changes(stored));
}
