using System.Reflection;
using System.Text.Json;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.QualityPolicy.Holidays;
using Ektu.Qa.QualityPolicy.Standards;

namespace Ektu.Qa.QualityPolicy.Data;

/// <summary>
/// At every start, idempotently: the standards catalogue and Kazakhstan's public holidays from the seed files under
/// Data/Seed. Rows already present are left alone, so edits made through the UI survive.
/// </summary>
internal sealed class QualityPolicyDataSeeder(IDbSession db, StandardRepository standards, HolidayRepository holidays, DemoDataSeeder demo,
    IClock clock) : IDataSeedContributor
{
    private static readonly JsonSerializerOptions SeedOptions = new() { PropertyNameCaseInsensitive = true };

    public async Task SeedAsync(bool withDemo, CancellationToken ct = default)
    {
        await db.InUnitOfWorkAsync(async () =>
        {
            var now = clock.UtcNow;
            var catalogue = Read<StandardsFile>("standards.json");
            foreach (var s in catalogue.Standards)
            {
                await standards.InsertIgnoreAsync(new StandardDto
                {
                    Id = Guid.NewGuid(), Code = s.Code, CatalogueVersion = catalogue.Version, Framework = Enum.Parse<StandardFramework>(s.Framework),
                    SortOrder = s.Order, TitleKk = s.Title.Kk, TitleRu = s.Title.Ru, TitleEn = s.Title.En, DescriptionKk = s.Description.Kk,
                    DescriptionRu = s.Description.Ru, DescriptionEn = s.Description.En, EsgCode = s.EsgCode, Module = s.Module,
                }, now, ct);
            }
            foreach (var h in Read<HolidaysFile>("holidays-kz.json").Holidays)
            {
                await holidays.InsertIgnoreAsync(new HolidayDto
                {
                    Id = Guid.NewGuid(), Day = DateOnly.Parse(h.Date, System.Globalization.CultureInfo.InvariantCulture),
                        IsWorkingDay = h.IsWorkingDay,
                    MovesOffWeekend = h.MovesOffWeekend,
                    NameKk = h.Name.Kk, NameRu = h.Name.Ru, NameEn = h.Name.En,
                }, now, "system", ct);
            }
            if (withDemo) await demo.SeedAsync(ct);
        }, ct);
    }

    private static T Read<T>(string file)
    {
        var asm = Assembly.GetExecutingAssembly();
        using var stream = asm.GetManifestResourceStream("Ektu.Qa.QualityPolicy.Data.Seed." + file)
            ?? throw new InvalidOperationException($"Seed resource {file} is missing.");
        return JsonSerializer.Deserialize<T>(stream, SeedOptions) ?? throw new InvalidOperationException($"Seed resource {file} is empty.");
    }

    private sealed record Text3(string Kk, string Ru, string En);

    private sealed record StandardsFile(int Version, List<StandardEntry> Standards);

    private sealed record StandardEntry(string Code, string Framework, int Order, Text3 Title, Text3 Description, string? EsgCode, string? Module);

    private sealed record HolidaysFile(List<HolidayEntry> Holidays);

    private sealed record HolidayEntry(string Date, Text3 Name, bool IsWorkingDay = false, bool MovesOffWeekend = false);
}
