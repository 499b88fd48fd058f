using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.InformationManagement.Collegial;
using Ektu.Qa.InformationManagement.Swot;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.InformationManagement.Tests.Application;

public sealed class SwotAndCollegialTests
{
    private static ISwotAppService Swot(IServiceProvider sp) => sp.GetRequiredService<ISwotAppService>();
    private static ICollegialAppService Collegial(IServiceProvider sp) => sp.GetRequiredService<ICollegialAppService>();

    private static SaveSwotInput SwotInput(Guid unit, int year = 2030) => new()
    {
        UnitId = unit, Year = year, Strengths = ["Сильная кафедра\n  ", ""], Weaknesses = ["Мало грантов"], Threats = ["Демография"],
    };

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Get_Should_Answer404_When_SwotBelongsToAnotherSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sem = await app.UnitAsync("SEM");
        var sitis = await app.UnitAsync("SITIS");
        var other = await app.AsAsync("aqd", sp => Swot(sp).CreateAsync(SwotInput(sem)));
        var own = await app.AsAsync("dean.sitis", sp => Swot(sp).CreateAsync(SwotInput(sitis)));

        var e = await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp => Swot(sp).GetAsync(other.Id)));
        var list = await app.AsAsync("dean.sitis", sp => Swot(sp).GetListAsync(2030));

        e.Status.ShouldBe(404);
        list.Select(s => s.Id).ShouldBe([own.Id]);
        own.Strengths.ShouldBe(["Сильная кафедра"]);
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp =>
            Swot(sp).UpdateAsync(other.Id, SwotInput(sem))));
        var refused = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp => Swot(sp).CreateAsync(SwotInput(sem))));
        refused.Errors.Keys.ShouldContain("UnitId");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Update_Should_Answer409_When_SwotIsApprovedOrVersionIsStale(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sitis = await app.UnitAsync("SITIS");
        var s = await app.AsAsync("aqd", sp => Swot(sp).CreateAsync(SwotInput(sitis)));
        var duplicate = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Swot(sp).CreateAsync(SwotInput(sitis))));

        var stale = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Swot(sp).ApproveAsync(s.Id, s.Version + 5)));
        var approved = await app.AsAsync("aqd", sp => Swot(sp).ApproveAsync(s.Id, s.Version));
        var frozen = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp =>
            Swot(sp).UpdateAsync(s.Id, new SaveSwotInput { Strengths = ["x"], Version = approved.Version })));

        duplicate.Errors.Keys.ShouldContain("Year");
        stale.Status.ShouldBe(409);
        approved.State.ShouldBe(SwotState.Approved);
        frozen.Code.ShouldBe(SwotErrorCodes.Approved);
        frozen.Status.ShouldBe(409);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RaiseCapa_Should_CreateOneCapaItem_When_ItemIsRaisedTwice(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sitis = await app.UnitAsync("SITIS");
        var a = await app.AsAsync("dean.sitis", sp => Collegial(sp).CreateAsync(new SaveCollegialAnalysisInput
        {
            UnitId = sitis, Body = CollegialBody.SchoolCouncil, HeldOn = new DateOnly(2026, 2, 20), PlanKind = PlanKind.RoadMap,
            Subject = "Итоги анкетирования", Decisions = "Усилить кураторство",
        }));
        var item = await app.AsAsync("dean.sitis", sp => Collegial(sp).AddActionAsync(a.Id, new SaveCollegialActionInput
        {
            Action = "Ввести кураторские часы", Responsible = "Заведующие кафедрами", Deadline = new DateOnly(2026, 6, 1),
        }));

        var first = await app.AsAsync("dean.sitis", sp => Collegial(sp).RaiseCapaAsync(a.Id, item.Id));
        var second = await app.AsAsync("dean.sitis", sp => Collegial(sp).RaiseCapaAsync(a.Id, item.Id));
        var capa = await app.AsAsync("dean.sitis", sp =>
            sp.GetRequiredService<ICapaIntegrationService>().GetBySourceAsync(CollegialCapaSources.Action, item.Id));

        first.CapaItemId.ShouldNotBeNull();
        second.CapaItemId.ShouldBe(first.CapaItemId);
        capa.Select(c => c.Id).ShouldBe([first.CapaItemId!.Value]);
        capa[0].UnitId.ShouldBe(sitis);
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM imp_capa_items"))).ShouldBe(1);
        var sem = await app.UnitAsync("SEM");
        var other = await app.AsAsync("aqd", sp => Collegial(sp).CreateAsync(new SaveCollegialAnalysisInput
            { UnitId = sem, HeldOn = new DateOnly(2026, 2, 1), Subject = "x", Decisions = "y" }));
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp => Collegial(sp).GetAsync(other.Id)));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_Should_RefuseAMeetingInTheFuture_When_DateIsAfterToday(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sitis = await app.UnitAsync("SITIS");

        var e = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Collegial(sp).CreateAsync(
            new SaveCollegialAnalysisInput { UnitId = sitis, HeldOn = new DateOnly(2099, 1, 1), Subject = "x", Decisions = "y" })));

        e.Errors["HeldOn"].ShouldBe([CollegialErrorCodes.FutureMeeting]);
    }
}
