using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.ExternalAccreditation.PublicResults;
using Ektu.Qa.ExternalAccreditation.Rankings;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Tests.PublicResults;

/// <summary>What the public reporting may read: positive decided accreditations, certificates, published ranking results only.</summary>
public sealed class PublicResultsIntegrationServiceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task Results_Should_HoldOnlyFinalAndPublishedRecords_When_Read(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var entries = await app.AsAsync("aqd", sp => sp.GetRequiredService<IRankingAppService>().GetEntriesAsync());
        var accreditations = await app.AsAsync("aqd",
            sp => sp.GetRequiredService<IAccreditationAppService>().GetListAsync(new AccreditationFilter()));
        var (publicAccreditations, certificates, rankings) = await app.AsAsync("admin", async sp =>
        {
            var s = sp.GetRequiredService<IPublicResultsIntegrationService>();
            return (await s.GetAccreditationsAsync(), await s.GetCertificatesAsync(), await s.GetRankingsAsync());
        });
        entries.ShouldContain(e => !e.IsPublished);
        rankings.Select(r => r.Id).Order().ShouldBe(entries.Where(e => e.IsPublished).Select(e => e.Id).Order());
        publicAccreditations.Select(a => a.Id).Order().ShouldBe(accreditations
            .Where(a => a.Decision is AccreditationDecision.Accredited or AccreditationDecision.Conditional && a.DecidedOn != null)
            .Select(a => a.Id).Order());
        publicAccreditations.ShouldNotBeEmpty();
        accreditations.ShouldContain(a => a.Decision == AccreditationDecision.Pending || a.Decision == AccreditationDecision.Denied);
        certificates.ShouldHaveSingleItem().Standard.ShouldBe("ISO 9001:2015");

        // Publishing a result makes it public.
        var hidden = entries.First(e => !e.IsPublished);
        await app.AsAsync("aqd", sp => sp.GetRequiredService<IRankingAppService>().UpdateEntryAsync(hidden.Id, new SaveRankingEntryInput
        {
            Year = hidden.Year, ProgrammeId = hidden.ProgrammeId, Position = hidden.Position, Band = hidden.Band, IsPublished = true,
            Version = hidden.Version,
        }));
        (await app.AsAsync("admin", sp => sp.GetRequiredService<IPublicResultsIntegrationService>().GetRankingsAsync()))
            .ShouldContain(r => r.Id == hidden.Id);
    }
}
