using Ektu.Qa.QualityPolicy.Acknowledgements;
using Ektu.Qa.QualityPolicy.Calendar;
using Ektu.Qa.Workflow;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>Document card, list, export and change sheet; the life cycle and files are in the other part of this class.</summary>
internal sealed partial class PolicyDocumentAppService(
    IDbSession db, PolicyDocumentRepository repo, FileStore files, AcknowledgementPlanner planner, IIdentityIntegrationService identity,
    AuditContext<QualityPolicyContractsModule> audit, ICurrentUser user, IOrganizationScope scopes, IClock clock, LocalCalendar calendar,
        IConfiguration configuration,
    IStringLocalizer l, IWorkflowIntegrationService workflow) : IPolicyDocumentAppService
{
    private const string Entity = "PolicyDocument";

    public async Task<PagedResult<PolicyDocumentDto>> GetListAsync(DocumentListInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Default);
        var (page, size, offset) = PagedResult<PolicyDocumentDto>.Normalize(input.Page, input.PageSize);
        var (where, args) = await FilterAsync(input, ct);
        args.Add("size", size);
        args.Add("offset", offset);
        var total = await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM qp_documents d WHERE {where}", args, ct);
        var rows = await db.QueryAsync<PolicyDocument>($"SELECT {PolicyDocumentRepository.Columns} FROM qp_documents d WHERE {where} ORDER BY " +
            $"d.code LIMIT @size OFFSET @offset", args, ct);
        return new PagedResult<PolicyDocumentDto>(rows.Select(d => d.ToDto()).ToList(), (int)total, page, size);
    }

    public async Task<PolicyDocumentDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Default);
        return (await LoadVisibleAsync(id, ct)).ToDto();
    }

    public async Task<IReadOnlyList<DocumentEditionDto>> GetEditionsAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Default);
        await LoadVisibleAsync(id, ct);
        return (await repo.GetEditionsAsync(id, ct)).Select(e => e.ToDto()).ToList();
    }

    public async Task<PolicyDocumentDto> CreateAsync(SavePolicyDocumentInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Manage);
        var d = new PolicyDocument { Id = Guid.NewGuid(), State = DocumentState.Draft };
        await ApplyAsync(d, input, ct);
        d.StampCreated(clock.UtcNow, audit.By);
        await repo.InsertAsync(d, ct);
        await audit.WriteAsync(Entity, d.Id, "Created", AuditChanges.Between(null, d.ToDto()), ct, unitId: d.OwnerUnitId);
        return d.ToDto();
    }

    public async Task<PolicyDocumentDto> UpdateAsync(Guid id, SavePolicyDocumentInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Manage);
        var d = await LoadWritableAsync(id, ct);
        if (DocumentLifecycle.IsClosed(d.State)) throw new QaException(QualityPolicyErrorCodes.DocumentClosed, 409);
        var before = d.ToDto();
        await ApplyAsync(d, input, ct);
        await SaveAsync(d, before, input.Version, "Updated", ct);
        return d.ToDto();
    }

    public async Task<PagedResult<PolicyDocumentDto>> GetOverdueReviewsAsync(int page, int pageSize, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Default);
        var (p, size, offset) = PagedResult<PolicyDocumentDto>.Normalize(page, pageSize);
        var scope = await scopes.GetAsync(ct);
        var where = $"d.state = 'InForce' AND d.review_due_on < @today AND {PolicyDocumentRepository.Visible(scope)}";
        var args = new { today = calendar.Today, Units = SqlIds.Text(scope.UnitIds), Me = user.Id ?? Guid.Empty, size, offset };
        var total = await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM qp_documents d WHERE {where}", args, ct);
        var rows = await db.QueryAsync<PolicyDocument>($"SELECT {PolicyDocumentRepository.Columns} FROM qp_documents d WHERE {where} ORDER BY " +
            $"d.review_due_on, d.code LIMIT @size OFFSET @offset", args, ct);
        return new PagedResult<PolicyDocumentDto>(rows.Select(d => d.ToDto()).ToList(), (int)total, p, size);
    }

    public async Task ExportAsync(DocumentListInput input, Stream output, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Default);
        var (where, args) = await FilterAsync(input, ct);
        var rows = await db.QueryAsync<PolicyDocument>($"SELECT {PolicyDocumentRepository.Columns} FROM qp_documents d WHERE {where} ORDER BY " +
            $"d.code", args, ct);
        var units = (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        ExcelWriter.Write(output, l["Menu:QualityPolicy.Documents"], new ExcelColumn<PolicyDocument>[]
        {
            new(l["QualityPolicy:Code"], d => d.Code),
            new(l["QualityPolicy:Title"], d => LocalizerExtensions.Pick(d.TitleKk, d.TitleRu, d.TitleEn)),
            new(l["QualityPolicy:Type"], d => l.Enum(d.Type)),
            new(l["QualityPolicy:OwnerUnit"], d => units.GetValueOrDefault(d.OwnerUnitId)),
            new(l["QualityPolicy:State"], d => l.Enum(d.State)),
            new(l["QualityPolicy:Edition"], d => d.CurrentEdition == 0 ? null : d.CurrentEdition),
            new(l["QualityPolicy:ApprovedOn"], d => d.ApprovedOn),
            new(l["QualityPolicy:DecisionNumber"], d => d.DecisionNumber),
            new(l["QualityPolicy:InForceOn"], d => d.InForceOn),
            new(l["QualityPolicy:ReviewDueOn"], d => d.ReviewDueOn),
            new(l["QualityPolicy:IsPublished"], d => d.IsPublished ? l["App:Yes"].Value : l["App:No"].Value),
        }, rows);
    }

    public async Task<IReadOnlyList<DocumentChangeDto>> GetChangesAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Default);
        await LoadVisibleAsync(id, ct);
        return await repo.GetChangesAsync(id, ct);
    }

    public async Task<DocumentChangeDto> AddChangeAsync(Guid id, AddDocumentChangeInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Manage);
        var d = await LoadWritableAsync(id, ct);
        new Check()
            .Required(nameof(input.Pages), input.Pages, QualityPolicyConsts.PagesMax)
            .Required(nameof(input.Reason), input.Reason, QualityPolicyConsts.ReasonMax)
            .That(input.ChangedOn != null, nameof(input.ChangedOn), ErrorCodes.Required)
            .ThrowIfAny();
        var change = new DocumentChangeDto
        {
            Id = Guid.NewGuid(), DocumentId = d.Id, ChangeNumber = await repo.NextChangeNumberAsync(d.Id, ct), Pages = input.Pages.Trim(),
            Reason = input.Reason.Trim(), RegisteredBy = audit.By, RegisteredOn = calendar.Today, ChangedOn = input.ChangedOn!.Value,
        };
        await repo.InsertChangeAsync(change, clock.UtcNow, ct);
        await audit.WriteAsync(Entity, d.Id, "ChangeRegistered", AuditChanges.Between(null, change), ct, unitId: d.OwnerUnitId);
        return change;
    }

    private async Task<(string Where, Dapper.DynamicParameters Args)> FilterAsync(DocumentListInput input, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        var where = new List<string> { PolicyDocumentRepository.Visible(scope) };
        var args = new Dapper.DynamicParameters(new { Units = SqlIds.Text(scope.UnitIds), Me = user.Id ?? Guid.Empty });
        if (!string.IsNullOrWhiteSpace(input.Search))
        {
            where.Add($"({db.Dialect.ContainsIgnoreCase("d.code", "@s")} OR {db.Dialect.ContainsIgnoreCase("d.title_kk", "@s")} OR " +
                $"{db.Dialect.ContainsIgnoreCase("d.title_ru", "@s")} OR {db.Dialect.ContainsIgnoreCase("d.title_en", "@s")})");
            args.Add("s", input.Search.Trim());
        }
        if (input.Type is { } type)
        {
            where.Add("d.doc_type = @type");
            args.Add("type", type.ToString());
        }
        if (input.State is { } state)
        {
            where.Add("d.state = @state");
            args.Add("state", state.ToString());
        }
        return (string.Join(" AND ", where), args);
    }

    private async Task ApplyAsync(PolicyDocument d, SavePolicyDocumentInput input, CancellationToken ct)
    {
        var code = (input.Code ?? "").Trim().ToUpperInvariant();
        var scope = await scopes.GetAsync(ct);
        var units = (await identity.GetUnitsAsync(ct)).Select(u => u.Id).ToHashSet();
        var scopeUnit = input.ScopeUnitId ?? input.OwnerUnitId;
        var check = new Check()
            .Required(nameof(input.Code), code, QualityPolicyConsts.CodeMax)
            .Required(nameof(input.TitleKk), input.TitleKk, QualityPolicyConsts.TitleMax)
            .Required(nameof(input.TitleRu), input.TitleRu, QualityPolicyConsts.TitleMax)
            .Required(nameof(input.TitleEn), input.TitleEn, QualityPolicyConsts.TitleMax)
            .That(Enum.IsDefined(input.Type), nameof(input.Type), ErrorCodes.InvalidValue)
            .That(input.OwnerUnitId != Guid.Empty, nameof(input.OwnerUnitId), ErrorCodes.Required);
        if (input.OwnerUnitId != Guid.Empty)
            check.That(units.Contains(input.OwnerUnitId) && scope.Contains(input.OwnerUnitId), nameof(input.OwnerUnitId),
                QualityPolicyErrorCodes.UnitOutOfScope);
        if (input.ScopeUnitId is { } su && su != input.OwnerUnitId)
            check.That(units.Contains(su) && scope.Contains(su), nameof(input.ScopeUnitId), QualityPolicyErrorCodes.UnitOutOfScope);
        if (code.Length > 0) check.That(!await repo.CodeTakenAsync(code, d.Id, ct), nameof(input.Code), QualityPolicyErrorCodes.CodeTaken);
        check.ThrowIfAny();
        d.Code = code;
        d.Type = input.Type;
        d.TitleKk = input.TitleKk.Trim();
        d.TitleRu = input.TitleRu.Trim();
        d.TitleEn = input.TitleEn.Trim();
        d.OwnerUnitId = input.OwnerUnitId;
        d.ScopeUnitId = scopeUnit;
        d.IsPublished = input.IsPublished;
    }

    /// <summary>A document the caller may read; anything else is "not found", never "forbidden" (no leak).</summary>
    private async Task<PolicyDocument> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        var d = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        var scope = await scopes.GetAsync(ct);
        if (scope.Contains(d.OwnerUnitId) || scope.Contains(d.ScopeUnitId) || (d.IsPublished && d.State == DocumentState.InForce)) return d;
        var me = user.Id ?? Guid.Empty;
        var mine = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qp_acknowledgements WHERE document_id = @id AND user_id = @me",
            new { id, me }, ct);
        return mine > 0 ? d : throw new EntityNotFoundException(Entity, id);
    }

    /// <summary>A document the caller may change: its owning unit is in the caller's scope.</summary>
    private async Task<PolicyDocument> LoadWritableAsync(Guid id, CancellationToken ct)
    {
        var d = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        return (await scopes.GetAsync(ct)).Contains(d.OwnerUnitId) ? d : throw new EntityNotFoundException(Entity, id);
    }

    private async Task SaveAsync(PolicyDocument d, PolicyDocumentDto before, int expectedVersion, string action, CancellationToken ct)
    {
        d.StampUpdated(clock.UtcNow, audit.By);
        await repo.UpdateAsync(d, expectedVersion, ct);
        await audit.WriteAsync(Entity, d.Id, action, AuditChanges.Between(before, d.ToDto()), ct, unitId: d.OwnerUnitId);
    }
}
