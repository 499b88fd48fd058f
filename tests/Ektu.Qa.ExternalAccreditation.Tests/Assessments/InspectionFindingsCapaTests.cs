using Ektu.Qa.ExternalAccreditation.Assessments;
using Ektu.Qa.ExternalAccreditation.Certifications;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Tests.Assessments;

/// <summary>An inspection audit's findings raised as a CAPA item: once only, and only for a held audit with findings.</summary>
public sealed class InspectionFindingsCapaTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static ICertificationAppService Service(IServiceProvider sp) => sp.GetRequiredService<ICertificationAppService>();

    [Theory, MemberData(nameof(Providers))]
    public async Task RaiseFindingsAsync_Should_RaiseOneCapaItem_When_PressedTwice(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = (await app.AsAsync("aqd", sp => Service(sp).GetListAsync())).Single();
        var planned = await app.AsAsync("aqd", sp => Service(sp).PlanAuditAsync(c.Id, new PlanAuditInput { PlannedOn = new DateOnly(2026, 3, 1) }));
        var early = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Service(sp).RaiseFindingsAsync(c.Id, planned.Id,
            new RaiseFindingsInput { Deadline = new DateOnly(2026, 6, 1), Version = planned.Version })));
        (early.Code, early.Status).ShouldBe((AssessmentErrorCodes.NoFindings, 409));
        var held = await app.AsAsync("aqd", sp => Service(sp).RecordAuditAsync(c.Id, planned.Id, new RecordAuditInput
        {
            HeldOn = new DateOnly(2026, 3, 1), Nonconformities = 1, Findings = "Internal audits skip two departments", Version = planned.Version,
        }));
        var noDeadline = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Service(sp).RaiseFindingsAsync(c.Id,
            held.Id, new RaiseFindingsInput { Version = held.Version })));
        noDeadline.Errors.Keys.ShouldContain(nameof(RaiseFindingsInput.Deadline));

        var first = await app.AsAsync("aqd", sp => Service(sp).RaiseFindingsAsync(c.Id, held.Id,
            new RaiseFindingsInput { Deadline = new DateOnly(2026, 6, 1), Version = held.Version }));
        var second = await app.AsAsync("aqd", sp => Service(sp).RaiseFindingsAsync(c.Id, held.Id,
            new RaiseFindingsInput { Deadline = new DateOnly(2026, 6, 1), Version = held.Version }));

        first.CapaItemId.ShouldNotBeNull();
        second.CapaItemId.ShouldBe(first.CapaItemId);
        var items = await app.AsAsync("aqd", sp => sp.GetRequiredService<ICapaIntegrationService>()
            .GetBySourceAsync(AssessmentProcess.InspectionAuditCapaSource, held.Id));
        items.Single().Problem.ShouldContain("Internal audits skip two departments");
        (await app.AsAsync("aqd", sp => Service(sp).GetAsync(c.Id))).Audits.Single(a => a.Id == held.Id).CapaItemId.ShouldBe(first.CapaItemId);
    }
}
