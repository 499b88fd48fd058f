using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Tests.Application;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Improvement.Tests.Appeals;

/// <summary>
/// An appeal naming a programme of the register (the demo's: B057 and M094 of SITIS, B071 of SEM), with ProgrammeMonitoring
/// answering through <see cref="IAppealProgrammeCatalog"/>: the addressed unit's school bounds the choice, a university office
/// takes any, and closed programmes stay nameable.
/// </summary>
public sealed class AppealProgrammeTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<AppealDto> SubmitAsync(TestApp app, string unitCode, Guid? programmeId) =>
        await app.AsAsync("teacher1", async sp => await sp.GetRequiredService<IAppealAppService>().SubmitAsync(new SubmitAppealInput
        {
            ApplicantKind = ApplicantKind.Staff, Kind = AppealKind.Individual, Formality = AppealFormality.Formal, Subject = "Syllabus",
            Text = "The syllabus was not published", UnitId = await app.UnitAsync(unitCode), ProgrammeId = programmeId,
        }));

    private static async Task<string[]> RefusalAsync(TestApp app, string unitCode, Guid programmeId) =>
        (await Should.ThrowAsync<ValidationException>(() => SubmitAsync(app, unitCode, programmeId))).Errors["ProgrammeId"];

    [Theory, MemberData(nameof(Providers))]
    public async Task SubmitAsync_Should_KeepTheProgramme_When_ItIsOfTheAddressedUnitsSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var it = await app.ProgrammeIdAsync("B057");
        var a = await SubmitAsync(app, "SITIS-CS", it);
        a.ProgrammeId.ShouldBe(it);
        var details = await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IAppealAppService>().GetAsync(a.Id));
        details.Programme!.Code.ShouldBe("B057");
        // The list by programme holds it, and only it.
        await SubmitAsync(app, "SITIS-CS", null);
        var listed = await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IAppealAppService>()
            .GetListAsync(new AppealFilter { ProgrammeId = it }));
        listed.Select(x => x.Id).ShouldBe([a.Id]);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SubmitAsync_Should_RefuseTheProgramme_When_ItIsOfAnotherSchoolOrUnknown(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var mining = await app.ProgrammeIdAsync("B071");
        (await RefusalAsync(app, "SITIS-CS", mining)).ShouldBe([AppealErrorCodes.ProgrammeOtherSchool]);
        // Addressed to the school itself rather than a department: the same school rule.
        (await RefusalAsync(app, "SITIS", mining)).ShouldBe([AppealErrorCodes.ProgrammeOtherSchool]);
        (await RefusalAsync(app, "SITIS-CS", Guid.NewGuid())).ShouldBe([AppealErrorCodes.ProgrammeUnknown]);
        // A university office is above every school: any programme of the register.
        (await SubmitAsync(app, "EKTU", mining)).ProgrammeId.ShouldBe(mining);
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM imp_appeals"))).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SubmitAsync_Should_AcceptAClosedProgramme_When_AnAppealIsAboutIt(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var mining = await app.ProgrammeIdAsync("B071");
        await app.AsAsync("admin", sp => sp.GetRequiredService<IDbSession>()
            .ExecuteAsync("UPDATE pm_programmes SET status = 'Closed' WHERE id = @mining", new { mining }));
        (await SubmitAsync(app, "SEM-GEO", mining)).ProgrammeId.ShouldBe(mining);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Catalog_Should_OfferTheSchoolsProgrammes_When_ASchoolIsGiven(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sitis = await app.UnitAsync("SITIS");
        var (ofSchool, all) = await app.AsAsync("teacher1", async sp =>
        {
            var catalog = sp.GetRequiredService<IAppealProgrammeCatalog>();
            return ((await catalog.GetProgrammesAsync(sitis)).Select(p => p.Code).Order().ToList(), (await catalog.GetProgrammesAsync(null)).Count);
        });
        ofSchool.ShouldBe(["B057", "M094"]);
        all.ShouldBe(3);
    }
}
