using Ektu.Qa.ExternalAccreditation.Certifications;
using Ektu.Qa.ExternalAccreditation.Tests.Application;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Tests.Certifications;

/// <summary>Certificates and their inspection audits on a real database: validity edges, audits planned and held, scope.</summary>
public sealed class CertificationAppServiceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static ICertificationAppService Service(IServiceProvider sp) => sp.GetRequiredService<ICertificationAppService>();

    [Theory, MemberData(nameof(Providers))]
    public async Task PlanAuditAsync_Should_KeepAuditsWithinValidityAndFlagOverdue_When_ThePlannedDayPasses(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var root = await app.UnitAsync("EKTU");
        var c = await app.AsAsync("aqd", sp => Service(sp).CreateAsync(new SaveCertificateInput
        {
            UnitId = root, Standard = "ISO 37001:2016", Body = "Bureau Veritas", Number = "ABMS-77", Scope = "Вся деятельность университета",
            ValidFrom = new DateOnly(2025, 3, 3), ValidTo = new DateOnly(2028, 3, 2),
        }));
        c.IsValid.ShouldBeTrue();
        (await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Service(sp).PlanAuditAsync(c.Id,
            new PlanAuditInput { PlannedOn = new DateOnly(2028, 3, 3) })))).Errors["PlannedOn"]
            .ShouldContain(CertificationErrorCodes.AuditOutsideValidity);
        var audit = await app.AsAsync("aqd", sp => Service(sp).PlanAuditAsync(c.Id, new PlanAuditInput { PlannedOn = new DateOnly(2026, 3, 2) }));
        audit.IsOverdue.ShouldBeFalse();

        app.Clock.UtcNow = new DateTime(2026, 3, 3, 6, 0, 0, DateTimeKind.Utc);
        var details = await app.AsAsync("aqd", sp => Service(sp).GetAsync(c.Id));
        details.Audits.Single().IsOverdue.ShouldBeTrue();
        details.Certificate.OverdueAudits.ShouldBe(1);
        (await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Service(sp).RecordAuditAsync(c.Id, audit.Id,
            new RecordAuditInput { HeldOn = new DateOnly(2026, 3, 3), Nonconformities = 2, Version = audit.Version })))).Errors.Keys
            .ShouldContain("Findings");
        var held = await app.AsAsync("aqd", sp => Service(sp).RecordAuditAsync(c.Id, audit.Id,
            new RecordAuditInput { HeldOn = new DateOnly(2026, 3, 3), Nonconformities = 2, Findings = "Риски не оценены", Version = audit.Version }));
        held.HeldOn.ShouldBe(new DateOnly(2026, 3, 3));
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Service(sp).RecordAuditAsync(c.Id, audit.Id,
            new RecordAuditInput { HeldOn = new DateOnly(2026, 3, 3), Version = held.Version })))).Status.ShouldBe(409);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetAsync_Should_Answer404_When_TheCertificateIsOutsideTheCallersScope(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seeded = (await app.AsAsync("aqd", sp => Service(sp).GetListAsync())).Single();
        seeded.Standard.ShouldBe("ISO 9001:2015");
        seeded.IsValid.ShouldBeTrue();
        (await app.AsAsync("dean.sitis", sp => Service(sp).GetListAsync())).ShouldBeEmpty();
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(seeded.Id)));
    }
}
