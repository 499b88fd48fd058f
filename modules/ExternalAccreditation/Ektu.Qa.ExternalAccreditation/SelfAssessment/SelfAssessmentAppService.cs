using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>
/// Self-assessments of the units in the caller's scope (readiness permissions: preparing for an accreditation is
/// readiness work); the agencies' standards are reference data edited with the agencies. A criterion of another agency
/// and a self-assessment outside the scope answer 404.
/// </summary>
internal sealed class SelfAssessmentAppService(SelfAssessmentRepository repo, AgencyRepository agencies, IProgrammeIntegrationService programmes,
    IUnitDirectory units, AuditContext<ExternalAccreditationContractsModule> audit, ICurrentUser user, IClock clock, IUserClock local,
    ISettingStore settings, SelfAssessmentWriter writer) : ISelfAssessmentAppService
{
    private const string Entity = "SelfAssessment";
    private const int PeriodMax = 50;
    private const int NarrativeMax = 20000;
    private const int SearchLimit = 50;

    public async Task<IReadOnlyList<SaStandardDto>> GetStandardsAsync(Guid? agencyId = null, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Default);
        var standards = await repo.StandardsAsync(agencyId, ct);
        var criteria = (await repo.CriteriaAsync(agencyId, ct)).ToLookup(c => c.StandardId);
        var codes = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Code);
        foreach (var s in standards)
        {
            s.AgencyCode = codes.GetValueOrDefault(s.AgencyId) ?? "";
            s.Criteria = [.. criteria[s.Id]];
        }
        return [.. standards.OrderBy(s => s.AgencyCode, StringComparer.Ordinal)];
    }

    public async Task<SaStandardDto> CreateStandardAsync(SaveSaStandardInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Agencies.Manage);
        var check = Titles(new Check(), input.TitleKk, input.TitleRu, input.TitleEn)
            .That(await agencies.FindAsync(input.AgencyId, ct) != null, nameof(input.AgencyId), ErrorCodes.Required)
            .Required(nameof(input.Code), input.Code, ExternalAccreditationConsts.CodeMax)
            .That(input.EsgStandard is >= 1 and <= 10, nameof(input.EsgStandard), ErrorCodes.InvalidValue);
        if (!string.IsNullOrWhiteSpace(input.Code) && await repo.StandardCodeTakenAsync(input.AgencyId, input.Code.Trim(), ct))
            check.Add(nameof(input.Code), SelfAssessmentErrorCodes.CodeTaken);
        check.ThrowIfAny();
        var id = Guid.NewGuid();
        await repo.InsertStandardAsync(id, new SaveSaStandardInput
        {
            AgencyId = input.AgencyId, Code = input.Code.Trim(), TitleKk = input.TitleKk.Trim(), TitleRu = input.TitleRu.Trim(),
            TitleEn = input.TitleEn.Trim(), EsgStandard = input.EsgStandard,
        }, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindStandardAsync(id, ct))!;
        await audit.WriteAsync("SaStandard", id, "Created", AuditChanges.Between(null, after), ct);
        return after;
    }

    public async Task<SaCriterionDto> CreateCriterionAsync(SaveSaCriterionInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Agencies.Manage);
        var id = Guid.NewGuid();
        await ValidateAsync(input, await repo.FindStandardAsync(input.StandardId, ct) != null, id, ct);
        await repo.InsertCriterionAsync(id, Clean(input, input.StandardId), clock.UtcNow, audit.By, ct);
        var after = (await repo.FindCriterionAsync(id, ct))!;
        await audit.WriteAsync("SaCriterion", id, "Created", AuditChanges.Between(null, after), ct);
        return after;
    }

    public async Task<SaCriterionDto> UpdateCriterionAsync(Guid id, SaveSaCriterionInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Agencies.Manage);
        var before = await repo.FindCriterionAsync(id, ct) ?? throw new EntityNotFoundException("SaCriterion", id);
        input.StandardId = before.StandardId;
        await ValidateAsync(input, true, id, ct);
        await repo.UpdateCriterionAsync(id, Clean(input, before.StandardId), clock.UtcNow, audit.By, ct);
        var after = (await repo.FindCriterionAsync(id, ct))!;
        await audit.WriteAsync("SaCriterion", id, "Updated", AuditChanges.Between(before, after), ct);
        return after;
    }

    public async Task<IReadOnlyList<SelfAssessmentDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Default);
        var scope = await units.ScopeAsync(ct);
        var list = await repo.ListAsync(scope.All, scope.UnitIds, ct);
        await StatesAsync(list, ct);
        return list;
    }

    public async Task<SelfAssessmentDetailsDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Default);
        var sa = await LoadAsync(id, ct);
        return new SelfAssessmentDetailsDto(sa, (await StatesAsync([sa], ct))[sa.Id]);
    }

    public async Task<SelfAssessmentDto> CreateAsync(SaveSelfAssessmentInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Manage);
        await units.EnsureTargetAsync(input.UnitId, nameof(input.UnitId), ct);
        var check = new Check()
            .Required(nameof(input.Title), input.Title, ExternalAccreditationConsts.TitleMax)
            .Required(nameof(input.Period), input.Period, PeriodMax);
        if (await agencies.FindAsync(input.AgencyId, ct) == null) check.Add(nameof(input.AgencyId), ErrorCodes.Required);
        else if ((await repo.CriteriaAsync(input.AgencyId, ct)).Count == 0) check.Add(nameof(input.AgencyId), SelfAssessmentErrorCodes.NoCriteria);
        if (input.ProgrammeId is { } pid)
        {
            var p = await programmes.FindProgrammeAsync(pid, ct);
            if (p == null || !(await units.SubtreeAsync(input.UnitId, ct)).Contains(p.SchoolId))
                check.Add(nameof(input.ProgrammeId), SelfAssessmentErrorCodes.ProgrammeOutsideUnit);
        }
        check.ThrowIfAny();
        var id = Guid.NewGuid();
        await repo.InsertAsync(id, new SaveSelfAssessmentInput
        {
            UnitId = input.UnitId, AgencyId = input.AgencyId, ProgrammeId = input.ProgrammeId, Title = input.Title.Trim(),
            Period = input.Period.Trim(),
        }, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindAsync(id, ct))!;
        await audit.WriteAsync(Entity, id, "Created", AuditChanges.Between(null, after), ct, unitId: after.UnitId);
        return (await GetAsync(id, ct)).SelfAssessment;
    }

    public async Task<SaCriterionStateDto> SaveNarrativeAsync(Guid id, Guid criterionId, SaveNarrativeInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Manage);
        var before = await CriterionAsync(id, criterionId, ct);
        new Check()
            .Optional(nameof(input.TextKk), input.TextKk, NarrativeMax)
            .Optional(nameof(input.TextRu), input.TextRu, NarrativeMax)
            .Optional(nameof(input.TextEn), input.TextEn, NarrativeMax)
            .ThrowIfAny();
        await repo.SaveNarrativeAsync(id, criterionId, new SaveNarrativeInput
        {
            TextKk = Trim(input.TextKk), TextRu = Trim(input.TextRu), TextEn = Trim(input.TextEn), Version = input.Version,
        }, clock.UtcNow, audit.By, ct);
        var after = await CriterionAsync(id, criterionId, ct);
        await audit.WriteAsync("SaNarrative", id, "Updated", AuditChanges.Between(Narrative(before), Narrative(after)), ct,
            unitId: (await repo.FindAsync(id, ct))!.UnitId);
        return after;
    }

    public async Task<SaCriterionStateDto> LinkEvidenceAsync(Guid id, Guid criterionId, Guid evidenceId, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Manage);
        await CriterionAsync(id, criterionId, ct);
        var e = (await repo.EvidenceAsync([evidenceId], ct)).SingleOrDefault();
        if (e == null || !await units.IsVisibleAsync(e.UnitId, ct)) throw ValidationException.For("EvidenceId", ErrorCodes.InvalidValue);
        if (await repo.LinkExistsAsync(id, criterionId, evidenceId, ct))
            throw ValidationException.For("EvidenceId", SelfAssessmentErrorCodes.AlreadyLinked);
        await repo.LinkAsync(id, criterionId, evidenceId, clock.UtcNow, audit.By, ct);
        await audit.WriteAsync("SaEvidenceLink", id, "Created",
            AuditChanges.Between(null, new { CriterionId = criterionId, EvidenceId = evidenceId, Evidence = e.Title }), ct,
            unitId: (await repo.FindAsync(id, ct))!.UnitId);
        return await CriterionAsync(id, criterionId, ct);
    }

    public async Task<SaCriterionStateDto> UnlinkEvidenceAsync(Guid id, Guid criterionId, Guid evidenceId, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Manage);
        await CriterionAsync(id, criterionId, ct);
        if (await repo.UnlinkAsync(id, criterionId, evidenceId, ct) == 0) throw new EntityNotFoundException("SaEvidenceLink", evidenceId);
        await audit.WriteAsync("SaEvidenceLink", id, "Deleted",
            AuditChanges.Between(new { CriterionId = criterionId, EvidenceId = evidenceId }, null), ct,
            unitId: (await repo.FindAsync(id, ct))!.UnitId);
        return await CriterionAsync(id, criterionId, ct);
    }

    public async Task<IReadOnlyList<EvidenceDocumentDto>> SearchEvidenceAsync(EvidenceSearch search, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Default);
        new Check()
            .That(search.EsgStandard is null or (>= 1 and <= 10), nameof(search.EsgStandard), ErrorCodes.InvalidValue)
            .Optional(nameof(search.Text), search.Text, ExternalAccreditationConsts.TitleMax)
            .ThrowIfAny();
        var scope = await units.ScopeAsync(ct);
        var list = await repo.SearchEvidenceAsync(scope.All, scope.UnitIds, search.EsgStandard, Trim(search.Text), SearchLimit, ct);
        await EnrichAsync(list, ct);
        return list;
    }

    public async Task<FileDownload> GetDocumentAsync(Guid id, CancellationToken ct = default)
    {
        var details = await GetAsync(id, ct);
        var ms = new MemoryStream();
        writer.Write(details, ms);
        ms.Position = 0;
        return new FileDownload($"self-assessment-{details.SelfAssessment.AgencyCode.ToLowerInvariant()}.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ms);
    }

    private async Task<SelfAssessmentDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var sa = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        await units.EnsureVisibleAsync(sa.UnitId, Entity, id, ct);
        return sa;
    }

    /// <summary>The criterion's state in the self-assessment; a criterion of another agency does not exist here (404).</summary>
    private async Task<SaCriterionStateDto> CriterionAsync(Guid id, Guid criterionId, CancellationToken ct)
    {
        var sa = await LoadAsync(id, ct);
        return (await StatesAsync([sa], ct))[sa.Id].FirstOrDefault(c => c.CriterionId == criterionId)
            ?? throw new EntityNotFoundException("SaCriterion", criterionId);
    }

    /// <summary>Every criterion of each self-assessment's agency with its narrative, evidence and completeness; fills the counts.</summary>
    private async Task<Dictionary<Guid, List<SaCriterionStateDto>>> StatesAsync(IReadOnlyList<SelfAssessmentDto> list, CancellationToken ct)
    {
        var result = new Dictionary<Guid, List<SaCriterionStateDto>>();
        if (list.Count == 0) return result;
        var ids = list.Select(s => s.Id).ToList();
        var standards = (await repo.StandardsAsync(null, ct)).ToDictionary(s => s.Id);
        var criteria = await repo.CriteriaAsync(null, ct);
        var narratives = (await repo.NarrativesAsync(ids, ct)).ToDictionary(n => (n.SelfAssessmentId, n.CriterionId));
        var links = await repo.LinksAsync(ids, ct);
        var evidence = (await repo.EvidenceAsync(links.Select(l => l.EvidenceId).Distinct(), ct)).ToList();
        await EnrichAsync(evidence, ct);
        var byId = evidence.ToDictionary(e => e.Id);
        var linked = links.ToLookup(l => (l.SelfAssessmentId, l.CriterionId), l => l.EvidenceId);
        var agencyCodes = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Code);
        var programmeNames = list.Any(s => s.ProgrammeId != null)
            ? (await programmes.GetProgrammesAsync(ct)).ToDictionary(p => p.Id, p => p.GroupCode + " " + p.Title) : [];
        foreach (var sa in list)
        {
            var states = criteria.Where(c => standards.TryGetValue(c.StandardId, out var st) && st.AgencyId == sa.AgencyId)
                .Select(c => (Criterion: c, Standard: standards[c.StandardId]))
                .OrderBy(x => x.Standard.Code.Length).ThenBy(x => x.Standard.Code, StringComparer.Ordinal)
                .Select(x =>
                {
                    var n = narratives.GetValueOrDefault((sa.Id, x.Criterion.Id));
                    var docs = linked[(sa.Id, x.Criterion.Id)].Where(byId.ContainsKey).Select(e => byId[e])
                        .OrderBy(e => e.Title, StringComparer.CurrentCulture).ToList();
                    return new SaCriterionStateDto
                    {
                        CriterionId = x.Criterion.Id, StandardCode = x.Standard.Code, StandardTitle = x.Standard.Title,
                        EsgStandard = x.Standard.EsgStandard, Code = x.Criterion.Code, TitleKk = x.Criterion.TitleKk,
                        TitleRu = x.Criterion.TitleRu, TitleEn = x.Criterion.TitleEn, NarrativeKk = n?.TextKk, NarrativeRu = n?.TextRu,
                        NarrativeEn = n?.TextEn, NarrativeVersion = n?.Version ?? 0, Evidence = docs,
                        Completeness = SelfAssessmentRules.Completeness(SelfAssessmentRules.HasText(n?.TextKk, n?.TextRu, n?.TextEn), docs.Count),
                        HasStaleEvidence = docs.Any(d => d.IsStale),
                    };
                }).ToList();
            sa.UnitName = await units.NameAsync(sa.UnitId, ct);
            sa.AgencyCode = agencyCodes.GetValueOrDefault(sa.AgencyId) ?? "";
            if (sa.ProgrammeId is { } p) sa.ProgrammeName = programmeNames.GetValueOrDefault(p);
            sa.Criteria = states.Count;
            sa.Complete = states.Count(s => s.Completeness == CriterionCompleteness.Complete);
            sa.Percent = SelfAssessmentRules.Percent(sa.Complete, sa.Criteria);
            result[sa.Id] = states;
        }
        return result;
    }

    private async Task EnrichAsync(IReadOnlyList<EvidenceDocumentDto> list, CancellationToken ct)
    {
        var today = local.Today;
        var months = await settings.GetIntAsync(ReadinessSettings.EvidenceFreshMonths, ct);
        var names = await units.NamesAsync(ct);
        foreach (var e in list)
        {
            e.UnitName = names.GetValueOrDefault(e.UnitId) ?? "";
            e.IsStale = EvidenceFreshness.IsStale(e.DocumentDate, today, months);
        }
    }

    private async Task ValidateAsync(SaveSaCriterionInput i, bool standardExists, Guid id, CancellationToken ct)
    {
        var check = Titles(new Check(), i.TitleKk, i.TitleRu, i.TitleEn)
            .That(standardExists, nameof(i.StandardId), ErrorCodes.Required)
            .Required(nameof(i.Code), i.Code, ExternalAccreditationConsts.CodeMax);
        if (standardExists && !string.IsNullOrWhiteSpace(i.Code) && await repo.CriterionCodeTakenAsync(i.StandardId, i.Code.Trim(), id, ct))
            check.Add(nameof(i.Code), SelfAssessmentErrorCodes.CodeTaken);
        check.ThrowIfAny();
    }

    private static Check Titles(Check check, string kk, string ru, string en) => check
        .Required("TitleKk", kk, ExternalAccreditationConsts.TextMax)
        .Required("TitleRu", ru, ExternalAccreditationConsts.TextMax)
        .Required("TitleEn", en, ExternalAccreditationConsts.TextMax);

    private static SaveSaCriterionInput Clean(SaveSaCriterionInput i, Guid standardId) => new()
    {
        StandardId = standardId, Code = i.Code.Trim(), TitleKk = i.TitleKk.Trim(), TitleRu = i.TitleRu.Trim(), TitleEn = i.TitleEn.Trim(),
        Version = i.Version,
    };

    private static NarrativeSnapshot Narrative(SaCriterionStateDto s) => new(s.CriterionId, s.NarrativeKk, s.NarrativeRu, s.NarrativeEn);

    /// <summary>What the audit log compares when a narrative is saved.</summary>
    private sealed record NarrativeSnapshot(Guid CriterionId, string? NarrativeKk, string? NarrativeRu, string? NarrativeEn);

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
