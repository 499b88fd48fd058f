using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Workflow.Engine;
using Ektu.Qa.Workflow.Permissions;
using Ektu.Qa.Workflow.Runtime;

namespace Ektu.Qa.Workflow.Definitions;

/// <summary>
/// Definitions are edited as one draft per definition; publishing freezes the draft as a numbered version. Running
/// instances stay on the version they started with, so a published version's XML never changes.
/// </summary>
internal sealed class ProcessDefinitionAppService(
    DefinitionRepository repo, BpmnValidator validator, AuditContext<WorkflowContractsModule> audit, ICurrentUser user, IClock clock)
        : IProcessDefinitionAppService
{
    public async Task<IReadOnlyList<ProcessDefinitionDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(WorkflowPermissions.Definitions.Default);
        return await repo.GetListAsync(ct);
    }

    public async Task<ProcessDefinitionDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(WorkflowPermissions.Definitions.Default);
        return await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException("ProcessDefinition", id);
    }

    public async Task<IReadOnlyList<DefinitionVersionDto>> GetVersionsAsync(Guid id, CancellationToken ct = default)
    {
        await GetAsync(id, ct);
        return await repo.GetVersionsAsync(id, ct);
    }

    public async Task<string> GetXmlAsync(Guid id, int? number, CancellationToken ct = default)
    {
        var def = await GetAsync(id, ct);
        var n = number ?? def.DraftNumber ?? def.PublishedNumber ?? throw new EntityNotFoundException("ProcessDefinitionVersion", id);
        var version = await repo.FindVersionAsync(id, n, ct) ?? throw new EntityNotFoundException("ProcessDefinitionVersion", id);
        return await repo.GetXmlAsync(version.Id, ct) ?? "";
    }

    public async Task<ProcessDefinitionDto> ImportAsync(byte[] bpmn, CancellationToken ct = default)
    {
        await user.EnsureAsync(WorkflowPermissions.Definitions.Manage);
        var model = validator.Validate(bpmn);
        var xml = BpmnText.Normalize(bpmn);
        var existing = await repo.FindByKeyAsync(model.ProcessId, ct);
        if (existing == null) return await CreateAsync(model, xml, DefinitionVersionStatus.Draft, ct);
        var draft = existing.DraftNumber is { } n ? await repo.FindVersionAsync(existing.Id, n, ct) : null;
        await SaveAsync(existing, draft, model, xml, draft?.Version ?? 0, ct);
        return (await repo.FindAsync(existing.Id, ct))!;
    }

    public async Task<DefinitionVersionDto> SaveDraftAsync(Guid id, SaveDraftInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(WorkflowPermissions.Definitions.Manage);
        var def = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException("ProcessDefinition", id);
        var bytes = BpmnText.Bytes(input.Xml ?? "");
        var model = validator.Validate(bytes);
        if (model.ProcessId != def.ProcessKey) throw ValidationException.For("Xml", WorkflowErrorCodes.KeyMismatch);
        var draft = def.DraftNumber is { } n ? await repo.FindVersionAsync(id, n, ct) : null;
        return await SaveAsync(def, draft, model, BpmnText.Normalize(bytes), input.Version, ct);
    }

    public async Task<DefinitionVersionDto> PublishAsync(Guid id, int draftVersion, CancellationToken ct = default)
    {
        await user.EnsureAsync(WorkflowPermissions.Definitions.Manage);
        var def = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException("ProcessDefinition", id);
        var draft = (def.DraftNumber is { } n ? await repo.FindVersionAsync(id, n, ct) : null)
            ?? throw new QaException(WorkflowErrorCodes.NotADraft, 409);
        await repo.PublishAsync(draft.Id, draftVersion, clock.UtcNow, audit.By, ct);
        var published = (await repo.FindVersionAsync(id, draft.Number, ct))!;
        await audit.WriteAsync("ProcessDefinition", id, "Published", AuditChanges.Between(draft, published), ct);
        return published;
    }

    /// <summary>Seeding: a shipped process becomes version 1, published, unless a definition with its key exists.</summary>
    public async Task<bool> SeedPublishedAsync(byte[] bpmn, CancellationToken ct)
    {
        var model = validator.Validate(bpmn);
        if (await repo.FindByKeyAsync(model.ProcessId, ct) != null) return false;
        await CreateAsync(model, BpmnText.Normalize(bpmn), DefinitionVersionStatus.Published, ct);
        return true;
    }

    private async Task<ProcessDefinitionDto> CreateAsync(ProcessModel model, string xml, DefinitionVersionStatus status, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var def = new ProcessDefinitionDto
        {
            Id = Guid.NewGuid(), ProcessKey = model.ProcessId, NameKk = Name(model.Names.Get("kk"), model),
                NameRu = Name(model.Names.Get("ru"), model), NameEn = Name(model.Names.Get("en"), model),
        };
        await repo.InsertAsync(def, now, audit.By, ct);
        await repo.InsertVersionAsync(Guid.NewGuid(), def.Id, 1, status, xml, BpmnText.Checksum(xml), now, audit.By, ct);
        await audit.WriteAsync("ProcessDefinition", def.Id, "Created", AuditChanges.Between(null, def), ct);
        return (await repo.FindAsync(def.Id, ct))!;
    }

    private async Task<DefinitionVersionDto> SaveAsync(ProcessDefinitionDto def, DefinitionVersionDto? draft, ProcessModel model, string xml,
        int version, CancellationToken ct)
    {
        var now = clock.UtcNow;
        if (draft != null) await repo.UpdateDraftAsync(draft.Id, xml, BpmnText.Checksum(xml), version, now, audit.By, ct);
        else
        {
            if (version != 0) throw new ConcurrencyConflictException("ProcessDefinitionVersion", def.Id);
            var number = (await repo.GetVersionsAsync(def.Id, ct)).Select(v => v.Number).DefaultIfEmpty(0).Max() + 1;
            await repo.InsertVersionAsync(Guid.NewGuid(), def.Id, number, DefinitionVersionStatus.Draft, xml, BpmnText.Checksum(xml), now, audit.By,
                ct);
        }
        await repo.UpdateNamesAsync(def.Id, Name(model.Names.Get("kk"), model), Name(model.Names.Get("ru"), model),
            Name(model.Names.Get("en"), model), now, audit.By, ct);
        var saved = (await repo.FindVersionAsync(def.Id, draft?.Number ?? (await repo.FindAsync(def.Id, ct))!.DraftNumber!.Value, ct))!;
        await audit.WriteAsync("ProcessDefinition", def.Id, "DraftSaved", AuditChanges.Between(draft, saved), ct);
        return saved;
    }

    private static string Name(string? localized, ProcessModel model)
    {
        var name = string.IsNullOrWhiteSpace(localized) ? model.Name ?? model.ProcessId : localized;
        return name.Length > WorkflowConsts.NameMax ? name[..WorkflowConsts.NameMax] : name;
    }

}
