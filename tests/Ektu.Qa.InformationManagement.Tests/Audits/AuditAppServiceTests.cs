using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Ektu.Qa.Identity;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.InformationManagement.Audits;
using Ektu.Qa.InformationManagement.Tests.Application;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.InformationManagement.Tests.Audits;

public sealed class AuditAppServiceTests
{
    private static IAuditAppService Audits(IServiceProvider sp) => sp.GetRequiredService<IAuditAppService>();

    private static Task<Guid> UserAsync(TestApp app, string name) => app.AsAsync("admin", async sp =>
        (await sp.GetRequiredService<IIdentityIntegrationService>().GetUsersByNameAsync([name])).Single().Id);

    private static async Task<SaveAuditInput> InputAsync(TestApp app, string unit, string lead, params string[] team)
    {
        var input = new SaveAuditInput
        {
            PlanYear = 2026, Kind = AuditKind.Process, Title = "Monitoring of programmes", UnitId = await app.UnitAsync(unit),
            StartsOn = new DateOnly(2026, 4, 6), EndsOn = new DateOnly(2026, 4, 10), LeadAuditorId = await UserAsync(app, lead),
        };
        foreach (var t in team) input.TeamIds.Add(await UserAsync(app, t));
        return input;
    }

    private static Task<InternalAuditDto> MoveAsync(TestApp app, string user, Guid id, AuditState to, int version) =>
        app.AsAsync(user, sp => Audits(sp).MoveAsync(id, to, version));

    private static async Task<InternalAuditDto> RunningAuditAsync(TestApp app)
    {
        var a = await app.AsAsync("aqd", async sp => await Audits(sp).CreateAsync(await InputAsync(app, "SITIS-CS", "teacher3", "teacher2")));
        return await MoveAsync(app, "aqd", a.Id, AuditState.InProgress, a.Version);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_Should_RefuseTheAuditor_When_HeBelongsToTheAuditedUnitOrItsSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var ownDepartment = await Should.ThrowAsync<ValidationException>(async () =>
            await app.AsAsync("aqd", async sp => await Audits(sp).CreateAsync(await InputAsync(app, "SITIS-CS", "teacher1"))));
        var ownSchool = await Should.ThrowAsync<ValidationException>(async () =>
            await app.AsAsync("aqd", async sp => await Audits(sp).CreateAsync(await InputAsync(app, "SITIS", "teacher3", "teacher2"))));
        var other = await app.AsAsync("aqd", async sp => await Audits(sp).CreateAsync(await InputAsync(app, "SITIS-CS", "teacher3", "teacher2")));

        ownDepartment.Errors[nameof(SaveAuditInput.LeadAuditorId)].ShouldContain(AuditErrorCodes.AuditorNotIndependent);
        ownSchool.Errors[nameof(SaveAuditInput.TeamIds)].ShouldContain(AuditErrorCodes.AuditorNotIndependent); // teacher2 is in SITIS-IS
        ownSchool.Errors.Keys.ShouldNotContain(nameof(SaveAuditInput.LeadAuditorId));
        other.State.ShouldBe(AuditState.Planned);
        other.DependentAuditors.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Plan_Should_FlagTheAuditor_When_HeMovesIntoTheAuditedUnitAfterPlanning(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var a = await app.AsAsync("aqd", async sp => await Audits(sp).CreateAsync(await InputAsync(app, "SITIS-CS", "teacher3")));
        var teacher3 = await UserAsync(app, "teacher3");
        var cs = await app.UnitAsync("SITIS-CS");
        var employee = await app.QueryAsync(db => db.ExecuteScalarAsync<string>("SELECT id FROM id_roles WHERE name = 'Employee'"));

        await app.AsAsync("admin", sp => sp.GetRequiredService<IUserAppService>().AssignAsync(teacher3, Guid.Parse(employee!), cs));

        var plan = await app.AsAsync("aqd", sp => Audits(sp).GetPlanAsync(2026));
        plan.Single(p => p.Id == a.Id).DependentAuditors.Count.ShouldBe(1);
        var again = await InputAsync(app, "SITIS-CS", "teacher3");
        again.Version = a.Version;
        var edit = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Audits(sp).UpdateAsync(a.Id, again)));
        edit.Errors[nameof(SaveAuditInput.LeadAuditorId)].ShouldContain(AuditErrorCodes.AuditorNotIndependent);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Move_Should_RefuseTheStep_When_ItSkipsOrGoesBack(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var a = await app.AsAsync("aqd", async sp => await Audits(sp).CreateAsync(await InputAsync(app, "SITIS-CS", "teacher3")));

        var skip = await Should.ThrowAsync<QaException>(() => MoveAsync(app, "aqd", a.Id, AuditState.Reported, a.Version));
        var closeEarly = await Should.ThrowAsync<QaException>(() => MoveAsync(app, "aqd", a.Id, AuditState.Closed, a.Version));
        var started = await MoveAsync(app, "aqd", a.Id, AuditState.InProgress, a.Version);
        var back = await Should.ThrowAsync<QaException>(() => MoveAsync(app, "aqd", a.Id, AuditState.Planned, started.Version));
        var stale = await Should.ThrowAsync<QaException>(() => MoveAsync(app, "aqd", a.Id, AuditState.Reported, a.Version));
        var reported = await MoveAsync(app, "aqd", a.Id, AuditState.Reported, started.Version);
        var finding = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Audits(sp).AddFindingAsync(a.Id,
            new SaveFindingInput { Class = FindingClass.Observation, Text = "late" })));

        skip.Code.ShouldBe(AuditErrorCodes.StateOrder);
        skip.Status.ShouldBe(409);
        closeEarly.Code.ShouldBe(AuditErrorCodes.StateOrder);
        back.Code.ShouldBe(AuditErrorCodes.StateOrder);
        stale.Status.ShouldBe(409);
        reported.State.ShouldBe(AuditState.Reported);
        finding.Code.ShouldBe(AuditErrorCodes.NotInProgress);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RaiseCapa_Should_RaiseOneItem_When_TheNonconformityIsRaisedTwice(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var a = await RunningAuditAsync(app);
        var nc = await app.AsAsync("aqd", sp => Audits(sp).AddFindingAsync(a.Id,
            new SaveFindingInput { Class = FindingClass.Nonconformity, Text = "Survey results are not discussed", Requirement = "ESG 1.7" }));
        var obs = await app.AsAsync("aqd", sp =>
            Audits(sp).AddFindingAsync(a.Id, new SaveFindingInput { Class = FindingClass.Observation, Text = "x" }));
        var owner = await UserAsync(app, "head.cs");
        var input = new RaiseCapaInput
        {
            CorrectiveAction = "Discuss results every semester", OwnerUserId = owner, Deadline = new DateOnly(2026, 6, 1),
        };
        var reported = await MoveAsync(app, "aqd", a.Id, AuditState.Reported, a.Version);
        var closeFirst = await Should.ThrowAsync<QaException>(() => MoveAsync(app, "aqd", a.Id, AuditState.Closed, reported.Version));

        var first = await app.AsAsync("aqd", sp => Audits(sp).RaiseCapaAsync(a.Id, nc.Id, input));
        var second = await app.AsAsync("aqd", sp => Audits(sp).RaiseCapaAsync(a.Id, nc.Id, input));
        var notNc = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Audits(sp).RaiseCapaAsync(a.Id, obs.Id, input)));
        var closed = await MoveAsync(app, "aqd", a.Id, AuditState.Closed, reported.Version);

        closeFirst.Code.ShouldBe(AuditErrorCodes.NonconformityWithoutCapa);
        first.CapaItemId.ShouldNotBeNull();
        second.CapaItemId.ShouldBe(first.CapaItemId);
        notNc.Code.ShouldBe(AuditErrorCodes.CapaOnlyForNonconformity);
        closed.State.ShouldBe(AuditState.Closed);
        var items = await app.AsAsync("aqd", sp =>
            sp.GetRequiredService<ICapaIntegrationService>().GetBySourceAsync(AuditCapaSources.Finding, nc.Id));
        items.Count.ShouldBe(1);
        items[0].UnitId.ShouldBe(a.UnitId);
        items[0].Problem.ShouldContain("Survey results are not discussed");
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM imp_capa_items WHERE source_id = @id",
            new { id = nc.Id.ToString("D") }))).ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Get_Should_AnswerNotFound_When_TheAuditIsOfAnotherSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var geo = await app.AsAsync("aqd", async sp => await Audits(sp).CreateAsync(await InputAsync(app, "SEM-GEO", "teacher1")));
        var cs = await app.AsAsync("aqd", async sp => await Audits(sp).CreateAsync(await InputAsync(app, "SITIS-CS", "teacher3")));

        var e = await Should.ThrowAsync<QaException>(() => app.AsAsync("dean.sitis", sp => Audits(sp).GetAsync(geo.Id)));
        var plan = await app.AsAsync("dean.sitis", sp => Audits(sp).GetPlanAsync(2026));
        var write = await Should.ThrowAsync<QaException>(() => MoveAsync(app, "dean.sitis", cs.Id, AuditState.InProgress, 1));

        e.Status.ShouldBe(404);
        plan.ShouldContain(p => p.Id == cs.Id);
        plan.ShouldNotContain(p => p.Id == geo.Id);
        write.Status.ShouldBe(403);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Report_Should_ListTheChecklistAndFindings_When_ReadInRussian(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var a = await RunningAuditAsync(app);
        await app.AsAsync("aqd", async sp =>
        {
            var q = await Audits(sp).AddQuestionAsync(a.Id, new SaveChecklistItemInput { Question = "Is the monitoring plan approved?" });
            await Audits(sp).AnswerAsync(a.Id, q.Id, new SaveChecklistItemInput { Answer = "Yes", Evidence = "Minutes No. 3", Version = q.Version });
            await Audits(sp).AddFindingAsync(a.Id, new SaveFindingInput { Class = FindingClass.Nonconformity, Text = "Risk register outdated" });
            await Audits(sp).AddFindingAsync(a.Id, new SaveFindingInput { Class = FindingClass.Opportunity, Text = "Publish results online" });
        });

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("ru");
        try
        {
            var file = await app.AsAsync("dean.sitis", sp => Audits(sp).GetReportAsync(a.Id));
            using var ms = new MemoryStream();
            await file.Content.CopyToAsync(ms);
            ms.Position = 0;
            DocxSchema.Errors(ms).ShouldBeEmpty();
            ms.Position = 0;
            using var doc = WordprocessingDocument.Open(ms, false);
            var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
            text.ShouldContain("Отчёт о внутреннем аудите");
            text.ShouldContain("Risk register outdated");
            text.ShouldContain("Publish results online");
            text.ShouldContain("Несоответствие");
            text.ShouldContain("Minutes No. 3");
            file.FileName.ShouldEndWith(".docx");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
