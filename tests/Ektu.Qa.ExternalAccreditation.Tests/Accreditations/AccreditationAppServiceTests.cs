using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Tests.Accreditations;

/// <summary>Accreditations on a real database: seeded agencies, decisions and validity, renewal, scope, coverage, audit.</summary>
public sealed class AccreditationAppServiceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static IAccreditationAppService Service(IServiceProvider sp) => sp.GetRequiredService<IAccreditationAppService>();

    private static Task<Guid> UnitAsync(TestApp app, string code) => app.AsAsync("admin", async sp =>
        (await sp.GetRequiredService<IIdentityIntegrationService>().GetUnitsAsync()).Single(u => u.Code == code).Id);

    private static Task<Guid> AgencyAsync(TestApp app, string code) => app.AsAsync("admin", async sp =>
        (await sp.GetRequiredService<IAgencyAppService>().GetListAsync()).Single(a => a.Code == code).Id);

    private static Task<IReadOnlyList<ProgrammeDto>> ProgrammesAsync(TestApp app) =>
        app.AsAsync("admin", sp => sp.GetRequiredService<IProgrammeIntegrationService>().GetProgrammesAsync());

    [Theory, MemberData(nameof(Providers))]
    public async Task GetListAsync_Should_ShowSeededAgenciesAndDemoStates_When_TheDatabaseIsNew(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var agencies = await app.AsAsync("aqd", sp => sp.GetRequiredService<IAgencyAppService>().GetListAsync());
        agencies.Select(a => a.Code).ShouldBe(["ABET", "ACQUIN", "ARQA", "ASIIN", "ECAQA", "FIBAA", "IAAR", "IQAA"], ignoreOrder: true);

        var list = await app.AsAsync("aqd", sp => Service(sp).GetListAsync(new AccreditationFilter()));
        list.ShouldContain(a => a.Status == AccreditationStatus.RenewalInProgress && a.WarningMonths == 6);
        list.ShouldContain(a => a.Status == AccreditationStatus.InProcedure && a.RenewalOfId != null);
        list.ShouldContain(a => a.Decision == AccreditationDecision.Conditional && a.Status == AccreditationStatus.Valid);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CreateAsync_Should_OpenTheFollowUpReport_When_TheDecisionIsConditional(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sitis = await UnitAsync(app, "SITIS");
        var master = (await ProgrammesAsync(app)).First(p => p.SchoolId == sitis && p.ApprovedNumber == null);
        var input = new SaveAccreditationInput
        {
            UnitId = sitis, AgencyId = await AgencyAsync(app, "ACQUIN"), Kind = AccreditationKind.Specialised,
            Reach = AccreditationReach.International, Decision = AccreditationDecision.Conditional, DecidedOn = new DateOnly(2026, 2, 20),
            ValidFrom = new DateOnly(2026, 3, 1), ValidTo = new DateOnly(2031, 2, 28), Conditions = "Обновить матрицу результатов обучения",
            FollowUpDueOn = new DateOnly(2031, 3, 1), ProgrammeIds = [master.Id],
        };
        var outside = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp => Service(sp).CreateAsync(input)));
        outside.Errors[nameof(input.FollowUpDueOn)].ShouldContain(AccreditationErrorCodes.FollowUpOutsideValidity);

        input.FollowUpDueOn = new DateOnly(2026, 3, 2);
        var a = await app.AsAsync("dean.sitis", sp => Service(sp).CreateAsync(input));
        a.Status.ShouldBe(AccreditationStatus.Valid);
        var details = await app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(a.Id));
        var followUp = details.Reports.ShouldHaveSingleItem();
        followUp.Kind.ShouldBe(MonitoringReportKind.FollowUp);
        followUp.IsOverdue.ShouldBeFalse();

        app.Clock.UtcNow = new DateTime(2026, 3, 3, 6, 0, 0, DateTimeKind.Utc);
        (await app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(a.Id))).Reports[0].IsOverdue.ShouldBeTrue();
        var sent = await app.AsAsync("dean.sitis", sp => Service(sp).SubmitReportAsync(a.Id, followUp.Id,
            new SubmitMonitoringReportInput { SubmittedOn = new DateOnly(2026, 3, 3), Version = followUp.Version }));
        sent.SubmittedOn.ShouldBe(new DateOnly(2026, 3, 3));
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("dean.sitis", sp => Service(sp).SubmitReportAsync(a.Id, followUp.Id,
            new SubmitMonitoringReportInput { SubmittedOn = new DateOnly(2026, 3, 3), Version = sent.Version })))).Status.ShouldBe(409);

        var audited = await app.AsAsync("admin", sp => sp.GetRequiredService<IDbSession>().ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM k_audit_log WHERE entity_id = @id AND module = 'ExternalAccreditation' AND action = 'Created'",
            new { id = a.Id.ToString() }));
        audited.ShouldBe(1);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CreateAsync_Should_RefuseASecondRecordButAcceptARenewal_When_TheSameAgencyCoversTheProgramme(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sem = await UnitAsync(app, "SEM");
        var list = await app.AsAsync("aqd", sp => Service(sp).GetListAsync(new AccreditationFilter { UnitId = sem }));
        var current = list.Single(a => a.Decision == AccreditationDecision.Conditional);
        var input = new SaveAccreditationInput
        {
            UnitId = sem, AgencyId = current.AgencyId, Kind = AccreditationKind.Specialised, Reach = AccreditationReach.International,
            Decision = AccreditationDecision.Pending, ProgrammeIds = [.. current.ProgrammeIds],
        };
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Service(sp).CreateAsync(input))))
            .Code.ShouldBe(AccreditationErrorCodes.Overlap);

        input.RenewalOfId = current.Id;
        var renewal = await app.AsAsync("aqd", sp => Service(sp).CreateAsync(input));
        renewal.Status.ShouldBe(AccreditationStatus.InProcedure);
        (await app.AsAsync("aqd", sp => Service(sp).GetAsync(current.Id))).Accreditation.Status.ShouldBe(AccreditationStatus.RenewalInProgress);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetAsync_Should_Answer404_When_TheAccreditationBelongsToAnotherSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sem = await UnitAsync(app, "SEM");
        var mining = (await app.AsAsync("aqd", sp => Service(sp).GetListAsync(new AccreditationFilter { UnitId = sem }))).First();
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(mining.Id)));
        (await app.AsAsync("dean.sitis", sp => Service(sp).GetListAsync(new AccreditationFilter()))).ShouldAllBe(a => a.UnitId != sem);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetCoverageAsync_Should_CountProgrammesUnderValidSpecialisedAccreditation_When_ReadPerSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sitisId = await UnitAsync(app, "SITIS");
        var coverage = await app.AsAsync("aqd", sp => Service(sp).GetCoverageAsync());
        var sitis = coverage.Single(c => c.SchoolId == sitisId);
        sitis.Programmes.ShouldBe(2);
        sitis.Accredited.ShouldBe(1);
        sitis.Percent.ShouldBe(50);
        coverage.ShouldContain(c => c.Programmes == 1 && c.Accredited == 1 && c.Percent == 100);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task UpdateAsync_Should_RefuseAnEndBeforeTheStart_When_RecordingTheDecision(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var pending = (await app.AsAsync("aqd", sp => Service(sp).GetListAsync(new AccreditationFilter())))
            .Single(a => a.Decision == AccreditationDecision.Pending);
        var input = new SaveAccreditationInput
        {
            AgencyId = pending.AgencyId, Kind = pending.Kind, Reach = pending.Reach, Decision = AccreditationDecision.Accredited,
            DecidedOn = new DateOnly(2026, 3, 1), ValidFrom = new DateOnly(2026, 8, 1), ValidTo = new DateOnly(2026, 8, 1),
            RenewalOfId = pending.RenewalOfId, ProgrammeIds = [.. pending.ProgrammeIds], Version = pending.Version,
        };
        (await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Service(sp).UpdateAsync(pending.Id, input))))
            .Errors[nameof(input.ValidTo)].ShouldContain(AccreditationErrorCodes.ValidityOrder);
        input.ValidTo = new DateOnly(2031, 7, 31);
        var decided = await app.AsAsync("aqd", sp => Service(sp).UpdateAsync(pending.Id, input));
        decided.Status.ShouldBe(AccreditationStatus.NotYetValid);
    }
}
