using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.QualityPolicy.Calendar;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.QualityPolicy.Acknowledgements;

internal sealed class AcknowledgementAppService(
    IDbSession db, AcknowledgementRepository repo, AuditContext<QualityPolicyContractsModule> audit, ICurrentUser user, IOrganizationScope scopes,
        IClock clock,
    LocalCalendar calendar, IStringLocalizer l) : IAcknowledgementAppService
{
    /// <summary>Only tasks of editions still in force count: a superseded or cancelled edition needs no acknowledgement.</summary>
    private const string Live = "e.state = 'InForce'";

    public async Task<IReadOnlyList<AcknowledgementDto>> GetMineAsync(bool pendingOnly, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Acknowledge);
        var filter = pendingOnly ? $" AND a.acknowledged_at IS NULL AND {Live}" : "";
        return await db.QueryAsync<AcknowledgementDto>(
            $"{AcknowledgementRepository.Select} WHERE a.user_id = @me{filter} ORDER BY a.acknowledged_at, a.due_on, d.code",
            new { me = user.Id ?? Guid.Empty }, ct);
    }

    public async Task<AcknowledgementDto> AcknowledgeAsync(Guid id, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Acknowledge);
        var me = user.Id ?? Guid.Empty;
        var ack = await repo.FindAsync(id, ct);
        // Somebody else's task is "not found": one acknowledges only for oneself.
        if (ack == null || ack.UserId != me) throw new EntityNotFoundException("Acknowledgement", id);
        if (ack.AcknowledgedAt != null) throw new QaException(QualityPolicyErrorCodes.AlreadyAcknowledged, 409);
        var now = clock.UtcNow;
        await repo.AcknowledgeAsync(id, me, version, now, user.UserName ?? "system", ct);
        var after = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException("Acknowledgement", id);
        await audit.WriteAsync("Acknowledgement", id, "Acknowledged", AuditChanges.Between(ack, after), ct);
        return after;
    }

    public async Task<PagedResult<AcknowledgementDto>> GetOverdueAsync(int page, int pageSize, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Acknowledgements.Default);
        var (p, size, offset) = PagedResult<AcknowledgementDto>.Normalize(page, pageSize);
        var scope = await scopes.GetAsync(ct);
        var where = $"a.acknowledged_at IS NULL AND a.due_on < @today AND {Live} AND d.state = 'InForce'"
            + (scope.All ? "" : " AND (d.owner_unit_id IN @Units OR d.scope_unit_id IN @Units)");
        var args = new { today = calendar.Today, Units = SqlIds.Text(scope.UnitIds), size, offset };
        var total = await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM qp_acknowledgements a JOIN qp_document_editions e ON e.id = " +
            $"a.edition_id JOIN qp_documents d ON d.id = a.document_id WHERE {where}", args, ct);
        var rows = await db.QueryAsync<AcknowledgementDto>($"{AcknowledgementRepository.Select} WHERE {where} ORDER BY a.due_on, d.code, " +
            $"a.full_name LIMIT @size OFFSET @offset", args, ct);
        return new PagedResult<AcknowledgementDto>(rows, (int)total, p, size);
    }

    public async Task<IReadOnlyList<AcknowledgementDto>> GetSheetAsync(Guid editionId, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Acknowledgements.Default);
        var units = await db.QueryAsync<(Guid Owner, Guid Scope)>(
            "SELECT d.owner_unit_id, d.scope_unit_id FROM qp_document_editions e JOIN qp_documents d ON d.id = e.document_id WHERE e.id = " +
                "@editionId", new { editionId }, ct);
        var scope = await scopes.GetAsync(ct);
        if (units.Count == 0
            || !(scope.Contains(units[0].Owner) || scope.Contains(units[0].Scope))) throw new EntityNotFoundException("DocumentEdition", editionId);
        return await db.QueryAsync<AcknowledgementDto>($"{AcknowledgementRepository.Select} WHERE a.edition_id = @editionId ORDER BY a.full_name",
            new { editionId }, ct);
    }

    public async Task<AcknowledgementSheetDto> GetSheetWithDocumentAsync(Guid editionId, CancellationToken ct = default)
    {
        var rows = await GetSheetAsync(editionId, ct);
        // GetSheetAsync has checked that the edition exists and is in scope.
        var head = (await db.QueryAsync<AcknowledgementSheetDto>("""
            SELECT d.id AS DocumentId, e.id AS EditionId, d.code AS DocumentCode, d.title_kk AS TitleKk, d.title_ru AS TitleRu,
                   d.title_en AS TitleEn, e.edition_number AS EditionNumber, e.approved_on AS ApprovedOn
            FROM qp_document_editions e JOIN qp_documents d ON d.id = e.document_id WHERE e.id = @editionId
            """, new { editionId }, ct)).Single();
        return new AcknowledgementSheetDto
        {
            DocumentId = head.DocumentId, EditionId = head.EditionId, DocumentCode = head.DocumentCode, TitleKk = head.TitleKk,
            TitleRu = head.TitleRu, TitleEn = head.TitleEn, EditionNumber = head.EditionNumber, ApprovedOn = head.ApprovedOn, Rows = rows,
        };
    }

    public async Task<string> ExportSheetAsync(Guid editionId, Stream output, CancellationToken ct = default)
    {
        var sheet = await GetSheetWithDocumentAsync(editionId, ct);
        var edition = $"{l["QualityPolicy:Edition"]} {sheet.EditionNumber}";
        // Numbered up front: the writer reads the first rows twice (to size the columns).
        var rows = sheet.Rows.Select((a, i) => (N: i + 1, A: a)).ToList();
        ExcelWriter.Write(output, $"{sheet.DocumentCode} {edition}", new ExcelColumn<(int N, AcknowledgementDto A)>[]
        {
            new(l["QualityPolicy:RowNumber"], r => r.N),
            new(l["QualityPolicy:Document"], r => $"{sheet.DocumentCode} — {sheet.Title}"),
            new(l["QualityPolicy:Edition"], r => sheet.EditionNumber),
            new(l["QualityPolicy:FullName"], r => r.A.FullName),
            new(l["QualityPolicy:Position"], r => r.A.Position),
            new(l["QualityPolicy:DueOn"], r => r.A.DueOn),
            new(l["QualityPolicy:AcknowledgedAt"], r => r.A.AcknowledgedAt is { } at ? calendar.ToLocal(at) : null),
        }, rows);
        var name = $"{l["QualityPolicy:AcknowledgementSheet"]} {sheet.DocumentCode} {edition}.xlsx";
        return string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
    }
}
