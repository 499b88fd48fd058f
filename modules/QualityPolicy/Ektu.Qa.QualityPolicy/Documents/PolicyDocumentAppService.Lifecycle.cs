using System.Text.Json.Nodes;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Web.Uploads;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.Extensions.Configuration;

namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>Editions, files and the life cycle (004 §8).</summary>
internal sealed partial class PolicyDocumentAppService
{
    private static readonly string[] AllowedKinds = ["pdf", "docx"];

    public async Task<DocumentEditionDto> UploadEditionAsync(Guid id, UploadEditionInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Manage);
        var d = await LoadWritableAsync(id, ct);
        if (DocumentLifecycle.IsClosed(d.State)) throw new QaException(QualityPolicyErrorCodes.DocumentClosed, 409);
        var editions = await repo.GetEditionsAsync(id, ct);
        if (editions.Any(e =>
            e.State is DocumentState.Draft or DocumentState.Approved)) throw new QaException(QualityPolicyErrorCodes.EditionPending, 409);

        // Everything is checked before anything is stored: size while reading, then the content itself.
        var (content, kind) = await ReadCheckedAsync(input, ct);
        var before = d.ToDto();
        d.StampUpdated(clock.UtcNow, audit.By);
        await repo.UpdateAsync(d, input.Version, ct);
        var (path, sha) = await files.SaveAsync(content, kind, ct);
        var edition = new DocumentEdition
        {
            Id = Guid.NewGuid(), DocumentId = d.Id, EditionNumber = editions.Count == 0 ? 1 : editions.Max(e => e.EditionNumber) + 1,
            State = DocumentState.Draft, FileName = Path.GetFileName(input.FileName.Trim()), ContentType = FileInspector.ContentType(kind),
            SizeBytes = content.Length, Sha256 = sha, StoragePath = path, CreatedAt = clock.UtcNow, CreatedBy = audit.By, UpdatedAt = clock.UtcNow,
                UpdatedBy = audit.By,
        };
        await repo.InsertEditionAsync(edition, ct);
        var changes = AuditChanges.Between(before, d.ToDto()).Concat(AuditChanges.Between(null, edition.ToDto())).ToList();
        await audit.WriteAsync(Entity, d.Id, "EditionUploaded", changes, ct, unitId: d.OwnerUnitId);
        return edition.ToDto();
    }

    public async Task<PolicyDocumentDto> ApproveAsync(Guid id, ApproveEditionInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Approve);
        return await ApproveEditionAsync(id, input, ct);
    }

    /// <summary>
    /// Starts the approval process for the pending edition; its last step approves the edition
    /// (<see cref="ApproveDocumentHandler"/>), so approval needs no Approve permission of whoever completes that task.
    /// </summary>
    public async Task<Guid> SubmitForApprovalAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Manage);
        var d = await LoadWritableAsync(id, ct);
        var editions = await repo.GetEditionsAsync(id, ct);
        var edition = editions.LastOrDefault(e => e.State == DocumentState.Draft) ?? throw new QaException(QualityPolicyErrorCodes.FileRequired, 409);
        // Submitting is the model's "submit" step: the submitter's own first task is completed by it, not left in their inbox.
        var instance = await workflow.SubmitAsync(ApproveDocumentHandler.ProcessKey, ApproveDocumentHandler.BusinessKey(id), d.OwnerUnitId,
            new JsonObject
        {
            ["initiator"] = user.UserName, ["documentCode"] = d.Code, ["approverRole"] = "Dean",
        }, ct);
        // Only this instance may approve the edition: an older one (before a resubmission) or any other changes nothing.
        var previous = edition.ApprovalInstanceId;
        edition.ApprovalInstanceId = instance;
        await UpdateEditionAsync(edition, ct);
        await audit.WriteAsync(Entity, d.Id, "SubmittedForApproval",
            [new AuditChange("ProcessInstance", previous?.ToString(), instance.ToString())], ct, unitId: d.OwnerUnitId);
        return instance;
    }

    /// <summary>The approval itself, checked by the caller: the permission (pages, API) or the approval process (workflow).</summary>
    internal async Task<PolicyDocumentDto> ApproveEditionAsync(Guid id, ApproveEditionInput input, CancellationToken ct)
    {
        var d = await LoadWritableAsync(id, ct);
        var editions = await repo.GetEditionsAsync(id, ct);
        var edition = editions.LastOrDefault(e => e.State == DocumentState.Draft)
            ?? throw new QaException(editions.Count == 0 ? QualityPolicyErrorCodes.FileRequired : QualityPolicyErrorCodes.InvalidTransition, 409,
                d.State, DocumentState.Approved);
        new Check()
            .That(input.ApprovedOn != null, nameof(input.ApprovedOn), ErrorCodes.Required)
            .That(input.ApprovedOn == null || input.ApprovedOn <= calendar.Today, nameof(input.ApprovedOn), ErrorCodes.InvalidValue)
            .Required(nameof(input.ApprovingBody), input.ApprovingBody, QualityPolicyConsts.BodyMax)
            .Required(nameof(input.DecisionNumber), input.DecisionNumber, QualityPolicyConsts.DecisionNumberMax)
            .ThrowIfAny();
        var before = d.ToDto();
        DocumentLifecycle.EnsureCanMove(edition.State, DocumentState.Approved);
        edition.State = DocumentState.Approved;
        edition.ApprovedOn = input.ApprovedOn;
        edition.ApprovingBody = input.ApprovingBody.Trim();
        edition.DecisionNumber = input.DecisionNumber.Trim();
        if (d.State == DocumentState.Draft)
        {
            // A first edition: the document itself becomes Approved; a later one leaves the document in force.
            DocumentLifecycle.EnsureCanMove(d.State, DocumentState.Approved);
            d.State = DocumentState.Approved;
            d.ApprovedOn = edition.ApprovedOn;
            d.ApprovingBody = edition.ApprovingBody;
            d.DecisionNumber = edition.DecisionNumber;
        }
        await SaveAsync(d, before, input.Version, "EditionApproved", ct);
        await UpdateEditionAsync(edition, ct);
        return d.ToDto();
    }

    public async Task<PolicyDocumentDto> PutInForceAsync(Guid id, EnforceEditionInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Approve);
        var d = await LoadWritableAsync(id, ct);
        var editions = await repo.GetEditionsAsync(id, ct);
        var edition = editions.LastOrDefault(e => e.State == DocumentState.Approved)
            ?? throw new QaException(QualityPolicyErrorCodes.InvalidTransition, 409, d.State, DocumentState.InForce);
        // 004 §8.2: «бекітілген сәттен бастап күшіне енеді» — in force from approval, so the in-force date is the approval
        // date, and the 10 working days to acknowledge (§8.3, «бекітілген сәттен бастап») run from the same day.
        var inForceOn = edition.ApprovedOn!.Value;
        new Check()
            .That(input.InForceOn == null || input.InForceOn == inForceOn, nameof(input.InForceOn), QualityPolicyErrorCodes.InForceNotApproval)
            .ThrowIfAny();
        var before = d.ToDto();
        if (d.State != DocumentState.InForce) DocumentLifecycle.EnsureCanMove(d.State, DocumentState.InForce);
        DocumentLifecycle.EnsureCanMove(edition.State, DocumentState.InForce);
        var previous = editions.Where(e => e.State == DocumentState.InForce).ToList();
        foreach (var p in previous)
        {
            DocumentLifecycle.EnsureCanMove(p.State, DocumentState.Superseded);
            p.State = DocumentState.Superseded;
        }
        edition.State = DocumentState.InForce;
        edition.InForceOn = inForceOn;
        d.State = DocumentState.InForce;
        d.ApprovedOn = edition.ApprovedOn;
        d.ApprovingBody = edition.ApprovingBody;
        d.DecisionNumber = edition.DecisionNumber;
        d.InForceOn = inForceOn;
        d.ReviewDueOn = ReviewSchedule.DueOn(edition.ApprovedOn!.Value);
        d.CurrentEdition = edition.EditionNumber;
        await SaveAsync(d, before, input.Version, "EditionInForce", ct);
        foreach (var p in previous) await UpdateEditionAsync(p, ct);
        await UpdateEditionAsync(edition, ct);
        await planner.PlanAsync(d.Id, edition.Id, d.ScopeUnitId, inForceOn, clock.UtcNow, audit.By, ct);
        return d.ToDto();
    }

    public Task<PolicyDocumentDto> CancelAsync(Guid id, int version, CancellationToken ct = default) =>
        CloseAsync(id, version, DocumentState.Cancelled, ct);

    public Task<PolicyDocumentDto> SupersedeAsync(Guid id, int version, CancellationToken ct = default) =>
        CloseAsync(id, version, DocumentState.Superseded, ct);

    public async Task<FileDownload> DownloadAsync(Guid editionId, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Default);
        var edition = await repo.FindEditionAsync(editionId, ct) ?? throw new EntityNotFoundException("DocumentEdition", editionId);
        await LoadVisibleAsync(edition.DocumentId, ct);
        if (!await files.ExistsAsync(edition.StoragePath, ct)) throw new EntityNotFoundException("DocumentEdition", editionId);
        return new FileDownload(edition.FileName, edition.ContentType, files.OpenRead(edition.StoragePath));
    }

    private async Task<PolicyDocumentDto> CloseAsync(Guid id, int version, DocumentState to, CancellationToken ct)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Documents.Approve);
        var d = await LoadWritableAsync(id, ct);
        DocumentLifecycle.EnsureCanMove(d.State, to);
        var before = d.ToDto();
        d.State = to;
        await SaveAsync(d, before, version, to.ToString(), ct);
        // Open editions follow the document: nothing stays pending or in force under a closed document.
        foreach (var e in (await repo.GetEditionsAsync(id, ct)).Where(e => !DocumentLifecycle.IsClosed(e.State)))
        {
            e.State = e.State == DocumentState.InForce ? to : DocumentState.Cancelled;
            await UpdateEditionAsync(e, ct);
        }
        return d.ToDto();
    }

    private Task UpdateEditionAsync(DocumentEdition e, CancellationToken ct)
    {
        e.UpdatedAt = clock.UtcNow;
        e.UpdatedBy = audit.By;
        return repo.UpdateEditionAsync(e, ct);
    }

    private async Task<(byte[] Content, string Kind)> ReadCheckedAsync(UploadEditionInput input, CancellationToken ct)
    {
        var max = configuration.GetValue<long?>("QualityPolicy:MaxFileSizeBytes") ?? QualityPolicyConsts.DefaultMaxFileSizeBytes;
        var rules = new UploadRules(max, QualityPolicyConsts.FileNameMax, QualityPolicyErrorCodes.FileRequired, AllowedKinds);
        var upload = await UploadCheck.ReadAsync(input.FileName, input.Content, rules, ct);
        return (upload.Content, upload.Kind);
    }
}
