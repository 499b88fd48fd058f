using Ektu.Qa.ExternalAccreditation.Rankings;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Tests.Rankings;

/// <summary>Ranking results on a real database: position or band, programmes for a programme ranking, duplicates, the top-5 share.</summary>
public sealed class RankingAppServiceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static IRankingAppService Service(IServiceProvider sp) => sp.GetRequiredService<IRankingAppService>();

    [Fact]
    public void TopFiveShares_Should_CountPlacesOneToFiveOverTheProgrammesRanked_When_Computed()
    {
        var p = Enumerable.Range(0, 4).Select(_ => (Guid?)Guid.NewGuid()).ToArray();
        var shares = RankingRules.TopFiveShares("ATAMEKEN",
        [
            new RankingEntryDto { Year = 2025, ProgrammeId = p[0], Position = 1 },
            new RankingEntryDto { Year = 2025, ProgrammeId = p[1], Position = 5 },
            new RankingEntryDto { Year = 2025, ProgrammeId = p[2], Position = 6 },
            new RankingEntryDto { Year = 2025, ProgrammeId = p[3], Band = "Top 10" },
            new RankingEntryDto { Year = 2024, ProgrammeId = p[0], Position = 7 },
        ]);
        shares.Select(s => (s.Year, s.Ranked, s.TopFive, s.Percent)).ShouldBe([(2024, 1, 0, 0), (2025, 4, 2, 50)]);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CreateEntryAsync_Should_RefuseWithFieldErrors_When_TheResultIsIncomplete(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var systems = await app.AsAsync("aqd", sp => Service(sp).GetSystemsAsync());
        var qs = systems.Single(s => s.Code == "QS-WUR");
        var atameken = systems.Single(s => s.Code == "ATAMEKEN");
        (await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Service(sp).CreateEntryAsync(
            new SaveRankingEntryInput { SystemId = qs.Id, Year = 2025 })))).Errors["Position"].ShouldContain(RankingErrorCodes.PositionOrBand);
        (await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Service(sp).CreateEntryAsync(
            new SaveRankingEntryInput { SystemId = atameken.Id, Year = 2025, Position = 3 })))).Errors["ProgrammeId"]
            .ShouldContain(RankingErrorCodes.ProgrammeRequired);
        (await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Service(sp).CreateEntryAsync(
            new SaveRankingEntryInput { SystemId = qs.Id, Year = 1999, Position = 3 })))).Errors.Keys.ShouldContain("Year");

        var created = await app.AsAsync("aqd", sp => Service(sp).CreateEntryAsync(
            new SaveRankingEntryInput { SystemId = qs.Id, Year = 2026, Band = "1201–1400", Indicators = "Academic reputation 2.1" }));
        created.SystemCode.ShouldBe("QS-WUR");
        (await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Service(sp).CreateEntryAsync(
            new SaveRankingEntryInput { SystemId = qs.Id, Year = 2026, Position = 1300 })))).Errors["Year"]
            .ShouldContain(RankingErrorCodes.Duplicate);
        var updated = await app.AsAsync("aqd", sp => Service(sp).UpdateEntryAsync(created.Id,
            new SaveRankingEntryInput { Year = 2026, Position = 1250, IsPublished = true, Version = created.Version }));
        updated.Position.ShouldBe(1250);
        await Should.ThrowAsync<ConcurrencyConflictException>(() => app.AsAsync("aqd", sp => Service(sp).UpdateEntryAsync(created.Id,
            new SaveRankingEntryInput { Year = 2026, Position = 1, Version = created.Version })));
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("aqd", sp => Service(sp).GetEntryAsync(Guid.NewGuid())));
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("teacher3", sp => Service(sp).GetEntriesAsync()))).Status.ShouldBe(403);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetTopFiveSharesAsync_Should_FollowTheProgrammeEntries_When_ProgrammesAreRanked(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var shares = await app.AsAsync("aqd", sp => Service(sp).GetTopFiveSharesAsync());
        shares.Select(s => s.Year).ShouldBe([2023, 2024, 2025]);
        var programmes = await app.AsAsync("aqd", sp => sp.GetRequiredService<IProgrammeIntegrationService>().GetProgrammesAsync());
        var entries = await app.AsAsync("aqd", sp => Service(sp).GetEntriesAsync());
        var y2025 = entries.Where(e => e.Year == 2025 && e.ProgrammeId != null).ToList();
        y2025.Count.ShouldBe(programmes.Count(p => p.Status != ProgrammeStatus.Closed));
        var expected = (int)Math.Round(y2025.Count(e => e.Position <= 5) * 100m / y2025.Count, MidpointRounding.AwayFromZero);
        shares.Single(s => s.Year == 2025).Percent.ShouldBe(expected);
    }
}
