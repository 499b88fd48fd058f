using Ektu.Qa.ExternalAccreditation.Assessments;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>
/// Certificates of the units in the caller's scope and their inspection audits. A certificate is valid from its first to
/// its last day inclusive; an audit planned for a day that has passed and not recorded as held is overdue.
/// </summary>
internal sealed class CertificationAppService(CertificationRepository repo, IUnitDirectory units,
    AuditContext<ExternalAccreditationContractsModule> audit, ICurrentUser user, IClock clock, IUserClock local, ICapaIntegrationService capa)
    : ICertificationAppService
{
    private const string Entity = "Certificate";

    public async Task<IReadOnlyList<CertificateDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Certifications.Default);
        var scope = await units.ScopeAsync(ct);
        var list = await repo.ListAsync(scope.All, scope.UnitIds, ct);
        var audits = list.Count == 0 ? [] : await repo.AuditsAsync(list.Select(c => c.Id), ct);
        await EnrichAsync(list, audits, ct);
        return list;
    }

    public async Task<CertificateDetailsDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Certifications.Default);
        var c = await LoadAsync(id, ct);
        var audits = await repo.AuditsAsync([id], ct);
        await EnrichAsync([c], audits, ct);
        foreach (var a in audits.Where(a => a.HeldOn != null && a.Findings != null))
            a.CapaItemId = (await capa.GetBySourceAsync(AssessmentProcess.InspectionAuditCapaSource, a.Id, ct)).FirstOrDefault()?.Id;
        return new CertificateDetailsDto(c, audits);
    }

    public async Task<CertificateDto> CreateAsync(SaveCertificateInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Certifications.Manage);
        await units.EnsureTargetAsync(input.UnitId, nameof(input.UnitId), ct);
        Validate(input);
        var id = Guid.NewGuid();
        await repo.InsertAsync(id, Clean(input), clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Created", AuditChanges.Between(null, after), ct, unitId: after.UnitId);
        return (await GetAsync(id, ct)).Certificate;
    }

    public async Task<CertificateDto> UpdateAsync(Guid id, SaveCertificateInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Certifications.Manage);
        var before = await LoadAsync(id, ct);
        input.UnitId = before.UnitId;
        Validate(input);
        await repo.UpdateAsync(id, Clean(input), clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Updated", AuditChanges.Between(before, after), ct, unitId: after.UnitId);
        return (await GetAsync(id, ct)).Certificate;
    }

    public async Task<InspectionAuditDto> PlanAuditAsync(Guid id, PlanAuditInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Certifications.Manage);
        var c = await LoadAsync(id, ct);
        new Check()
            .That(input.PlannedOn != null, nameof(input.PlannedOn), ErrorCodes.Required)
            .That(input.PlannedOn == null || input.PlannedOn >= c.ValidFrom && input.PlannedOn <= c.ValidTo, nameof(input.PlannedOn),
                CertificationErrorCodes.AuditOutsideValidity)
            .ThrowIfAny();
        var auditId = Guid.NewGuid();
        await repo.InsertAuditAsync(auditId, id, input.PlannedOn!.Value, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindAuditAsync(auditId, ct))!;
        await audit.WriteAsync("InspectionAudit", auditId, "Created", AuditChanges.Between(null, after), ct, unitId: c.UnitId);
        return after;
    }

    public async Task<InspectionAuditDto> RecordAuditAsync(Guid id, Guid auditId, RecordAuditInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Certifications.Manage);
        var c = await LoadAsync(id, ct);
        var before = await repo.FindAuditAsync(auditId, ct);
        if (before == null || before.CertificateId != id) throw new EntityNotFoundException("InspectionAudit", auditId);
        if (before.HeldOn != null) throw new QaException(CertificationErrorCodes.AuditHeld, 409);
        new Check()
            .That(input.HeldOn != null, nameof(input.HeldOn), ErrorCodes.Required)
            .That(input.HeldOn == null || input.HeldOn <= local.Today, nameof(input.HeldOn), ErrorCodes.InvalidValue)
            .That(input.Nonconformities is >= 0 and <= 1000, nameof(input.Nonconformities), ErrorCodes.InvalidValue)
            .That(input.Nonconformities == 0 || !string.IsNullOrWhiteSpace(input.Findings), nameof(input.Findings), ErrorCodes.Required)
            .Optional(nameof(input.Findings), input.Findings, ExternalAccreditationConsts.LongTextMax)
            .ThrowIfAny();
        await repo.RecordAuditAsync(auditId, input, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindAuditAsync(auditId, ct))!;
        await audit.WriteAsync("InspectionAudit", auditId, "Updated", AuditChanges.Between(before, after), ct, unitId: c.UnitId);
        return after;
    }

    public async Task<InspectionAuditDto> RaiseFindingsAsync(Guid id, Guid auditId, RaiseFindingsInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Certifications.Manage);
        var c = await LoadAsync(id, ct);
        var before = await repo.FindAuditAsync(auditId, ct);
        if (before == null || before.CertificateId != id) throw new EntityNotFoundException("InspectionAudit", auditId);
        if (before.HeldOn == null || before.Findings == null) throw new QaException(Assessments.AssessmentErrorCodes.NoFindings, 409);
        // Improvement keeps one item per audit and checks the deadline; a repeated raise gets the item already raised.
        var raised = await capa.RaiseOnceAsync(new SaveCapaItemInput
        {
            UnitId = c.UnitId, Source = AssessmentProcess.InspectionAuditCapaSource, SourceId = auditId,
            Problem = $"{c.Standard} {c.Number}: {before.Findings}", CorrectiveAction = before.Findings, OwnerUserId = user.Id ?? Guid.Empty,
            Deadline = input.Deadline,
        }, ct);
        if (!raised.IsNew)
        {
            before.CapaItemId = raised.Item.Id;
            return before;
        }
        var item = raised.Item;
        await repo.TouchAuditAsync(auditId, input.Version, clock.UtcNow, audit.By, ct);
        await audit.WriteAsync("InspectionAudit", auditId, "CapaRaised", [new AuditChange("CapaItem", null, item.Id.ToString())], ct,
            unitId: c.UnitId);
        var after = (await repo.FindAuditAsync(auditId, ct))!;
        after.CapaItemId = item.Id;
        return after;
    }

    private async Task<CertificateDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var c = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        await units.EnsureVisibleAsync(c.UnitId, Entity, id, ct);
        return c;
    }

    private static void Validate(SaveCertificateInput i) => new Check()
        .That(CertificationStandards.All.Contains(i.Standard), nameof(i.Standard), ErrorCodes.InvalidValue)
        .Required(nameof(i.Body), i.Body, ExternalAccreditationConsts.NameMax)
        .Required(nameof(i.Number), i.Number, 100)
        .Required(nameof(i.Scope), i.Scope, ExternalAccreditationConsts.LongTextMax)
        .That(i.ValidFrom != null, nameof(i.ValidFrom), ErrorCodes.Required)
        .That(i.ValidTo != null, nameof(i.ValidTo), ErrorCodes.Required)
        .That(i.ValidFrom == null || i.ValidTo == null || i.ValidFrom < i.ValidTo, nameof(i.ValidTo),
            Accreditations.AccreditationErrorCodes.ValidityOrder)
        .ThrowIfAny();

    private static SaveCertificateInput Clean(SaveCertificateInput i) => new()
    {
        UnitId = i.UnitId, Standard = i.Standard, Body = i.Body.Trim(), Number = i.Number.Trim(), Scope = i.Scope.Trim(), ValidFrom = i.ValidFrom,
        ValidTo = i.ValidTo, Version = i.Version,
    };

    private async Task EnrichAsync(IReadOnlyList<CertificateDto> list, IReadOnlyList<InspectionAuditDto> audits, CancellationToken ct)
    {
        var today = local.Today;
        foreach (var a in audits) a.IsOverdue = a.HeldOn == null && today > a.PlannedOn;
        foreach (var c in list)
        {
            c.UnitName = await units.NameAsync(c.UnitId, ct);
            c.IsValid = c.ValidFrom <= today && today <= c.ValidTo;
            c.OverdueAudits = audits.Count(a => a.CertificateId == c.Id && a.IsOverdue);
        }
    }
}
