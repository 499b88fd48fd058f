using DocumentFormat.OpenXml.Packaging;
using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.ExternalAccreditation.SelfAssessment;
using Ektu.Qa.ExternalAccreditation.Tests.Application;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Tests.SelfAssessment;

/// <summary>The self-assessment builder on a real database: completeness, stale evidence, shared evidence, scope, the Word report.</summary>
public sealed class SelfAssessmentAppServiceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static ISelfAssessmentAppService Service(IServiceProvider sp) => sp.GetRequiredService<ISelfAssessmentAppService>();

    private static async Task<Guid> AgencyAsync(TestApp app, string code) => (await app.AsAsync("aqd",
        sp => sp.GetRequiredService<IAgencyAppService>().GetListAsync())).Single(a => a.Code == code).Id;

    private static Task<SelfAssessmentDto> StartAsync(TestApp app, Guid unit, Guid agency) => app.AsAsync("dean.sitis",
        sp => Service(sp).CreateAsync(new SaveSelfAssessmentInput { UnitId = unit, AgencyId = agency, Title = "Самооценка", Period = "2021–2025" }));

    private static Task<EvidenceDocumentDto> EvidenceAsync(TestApp app, Guid unit, DateOnly date, string title = "Политика качества") =>
        app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IReadinessAppService>().AddEvidenceAsync(new SaveEvidenceDocumentInput
        {
            UnitId = unit, Title = title, EsgStandard = 1, Period = "2025", DocumentDate = date, Location = "https://portal.ektu.kz/e/1",
        }));

    [Theory, MemberData(nameof(Providers))]
    public async Task Completeness_Should_NeedNarrativeAndEvidence_When_CriterionAnswered(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sitis = await app.UnitAsync("SITIS");
        var sa = await StartAsync(app, sitis, await AgencyAsync(app, "IAAR"));
        var details = await app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(sa.Id));
        details.Criteria.Count.ShouldBe(20);
        details.Criteria.ShouldAllBe(c => c.Completeness == CriterionCompleteness.Empty);
        var criterion = details.Criteria[0].CriterionId;

        var written = await app.AsAsync("dean.sitis", sp => Service(sp).SaveNarrativeAsync(sa.Id, criterion,
            new SaveNarrativeInput { TextRu = "Политика утверждена и опубликована." }));
        written.Completeness.ShouldBe(CriterionCompleteness.Incomplete); // a narrative without evidence
        var doc = await EvidenceAsync(app, sitis, new DateOnly(2026, 1, 15));
        var linked = await app.AsAsync("dean.sitis", sp => Service(sp).LinkEvidenceAsync(sa.Id, criterion, doc.Id));
        linked.Completeness.ShouldBe(CriterionCompleteness.Complete);
        (await app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(sa.Id))).SelfAssessment.Complete.ShouldBe(1);

        var unlinked = await app.AsAsync("dean.sitis", sp => Service(sp).UnlinkEvidenceAsync(sa.Id, criterion, doc.Id));
        unlinked.Completeness.ShouldBe(CriterionCompleteness.Incomplete);
        (await Should.ThrowAsync<ConcurrencyConflictException>(() => app.AsAsync("dean.sitis", sp => Service(sp).SaveNarrativeAsync(sa.Id,
            criterion, new SaveNarrativeInput { TextRu = "Старая версия", Version = 0 })))).ShouldNotBeNull();
        var evidenceOnly = await app.AsAsync("dean.sitis", sp => Service(sp).LinkEvidenceAsync(sa.Id, details.Criteria[1].CriterionId, doc.Id));
        evidenceOnly.Completeness.ShouldBe(CriterionCompleteness.Incomplete); // evidence without a narrative
        (await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp => Service(sp).LinkEvidenceAsync(sa.Id,
            details.Criteria[1].CriterionId, doc.Id)))).Errors["EvidenceId"].ShouldContain(SelfAssessmentErrorCodes.AlreadyLinked);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task HasStaleEvidence_Should_FlagTheCriterion_When_TheDocumentOutlivesItsFreshness(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sitis = await app.UnitAsync("SITIS");
        var sa = await StartAsync(app, sitis, await AgencyAsync(app, "IQAA"));
        var criterion = (await app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(sa.Id))).Criteria[0].CriterionId;
        // Today is 2 March 2026; freshness is 12 months: a document of 2 March 2025 is fresh today, stale tomorrow.
        var doc = await EvidenceAsync(app, sitis, new DateOnly(2025, 3, 2));
        var state = await app.AsAsync("dean.sitis", sp => Service(sp).LinkEvidenceAsync(sa.Id, criterion, doc.Id));
        state.HasStaleEvidence.ShouldBeFalse();
        app.Clock.UtcNow = app.Clock.UtcNow.AddDays(1);
        var later = (await app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(sa.Id))).Criteria.Single(c => c.CriterionId == criterion);
        later.HasStaleEvidence.ShouldBeTrue();
        later.Evidence.Single().IsStale.ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task LinkEvidenceAsync_Should_LetOneDocumentServeTwoAgencies_When_LinkedToEachCriterion(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sitis = await app.UnitAsync("SITIS");
        var iaar = await StartAsync(app, sitis, await AgencyAsync(app, "IAAR"));
        var iqaa = await StartAsync(app, sitis, await AgencyAsync(app, "IQAA"));
        var doc = await EvidenceAsync(app, sitis, new DateOnly(2026, 2, 1));
        foreach (var sa in new[] { iaar, iqaa })
        {
            // ESG 1 (policy) is the first standard of both agencies.
            var c = (await app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(sa.Id))).Criteria.First(x => x.EsgStandard == 1);
            await app.AsAsync("dean.sitis", sp => Service(sp).SaveNarrativeAsync(sa.Id, c.CriterionId, new SaveNarrativeInput { TextKk = "Саясат" }));
            await app.AsAsync("dean.sitis", sp => Service(sp).LinkEvidenceAsync(sa.Id, c.CriterionId, doc.Id));
        }
        var list = await app.AsAsync("dean.sitis", sp => Service(sp).GetListAsync());
        list.Where(s => s.Id == iaar.Id || s.Id == iqaa.Id).ShouldAllBe(s => s.Complete == 1);
        var iaarCriteria = (await app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(iaar.Id))).Criteria;
        var iqaaCriteria = (await app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(iqaa.Id))).Criteria;
        iaarCriteria.Single(c => c.Evidence.Any(e => e.Id == doc.Id)).CriterionId
            .ShouldNotBe(iqaaCriteria.Single(c => c.Evidence.Any(e => e.Id == doc.Id)).CriterionId);
        // A criterion of the other agency does not exist within this self-assessment.
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis",
            sp => Service(sp).LinkEvidenceAsync(iaar.Id, iqaaCriteria[0].CriterionId, doc.Id)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetAsync_Should_Answer404_When_TheSelfAssessmentBelongsToAnotherSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var all = await app.AsAsync("aqd", sp => Service(sp).GetListAsync());
        var sem = await app.UnitAsync("SEM");
        var other = all.Single(s => s.UnitId == sem);
        var own = await app.AsAsync("dean.sitis", sp => Service(sp).GetListAsync());
        own.ShouldNotBeEmpty();
        own.ShouldNotContain(s => s.Id == other.Id);
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(other.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp => Service(sp).GetDocumentAsync(other.Id)));
        var criterion = (await app.AsAsync("aqd", sp => Service(sp).GetAsync(other.Id))).Criteria[0].CriterionId;
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp => Service(sp).SaveNarrativeAsync(other.Id,
            criterion, new SaveNarrativeInput { TextRu = "x" })));
        // Another school's evidence is neither found nor linkable.
        var semDoc = (await app.AsAsync("aqd", sp => Service(sp).SearchEvidenceAsync(new EvidenceSearch { Text = "ЭиМ" }))).ShouldHaveSingleItem();
        (await app.AsAsync("dean.sitis", sp => Service(sp).SearchEvidenceAsync(new EvidenceSearch { Text = "ЭиМ" }))).ShouldBeEmpty();
        var mine = own[0];
        var myCriterion = (await app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(mine.Id))).Criteria[0].CriterionId;
        (await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp => Service(sp).LinkEvidenceAsync(mine.Id, myCriterion,
            semDoc.Id)))).Errors.Keys.ShouldContain("EvidenceId");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CreateAsync_Should_RefuseWithFieldErrors_When_InputIsWrong(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sitis = await app.UnitAsync("SITIS");
        var abet = await AgencyAsync(app, "ABET");
        var e = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp => Service(sp).CreateAsync(
            new SaveSelfAssessmentInput { UnitId = sitis, AgencyId = abet, Title = " ", Period = "" })));
        e.Errors["AgencyId"].ShouldContain(SelfAssessmentErrorCodes.NoCriteria);
        e.Errors.Keys.ShouldContain("Title");
        e.Errors.Keys.ShouldContain("Period");
        var sem = await app.UnitAsync("SEM");
        await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp => Service(sp).CreateAsync(
            new SaveSelfAssessmentInput { UnitId = sem, AgencyId = abet, Title = "x", Period = "2025" })));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetDocumentAsync_Should_ContainEveryCriterion_When_TheReportIsWritten(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var mine = (await app.AsAsync("dean.sitis", sp => Service(sp).GetListAsync())).First();
        var details = await app.AsAsync("dean.sitis", sp => Service(sp).GetAsync(mine.Id));
        var file = await app.AsAsync("dean.sitis", sp => Service(sp).GetDocumentAsync(mine.Id));
        using var ms = new MemoryStream();
        await using (file.Content) await file.Content.CopyToAsync(ms);
        DocxSchema.Errors(ms).ShouldBeEmpty();
        ms.Position = 0;
        using var doc = WordprocessingDocument.Open(ms, false);
        var text = string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => p.InnerText));
        foreach (var c in details.Criteria) text.ShouldContain(c.Code + " " + c.Title);
        text.ShouldContain("Политика в области качества школы ИТиИС");
    }
}
