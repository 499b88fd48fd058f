using System.Globalization;
using System.Text.Json.Nodes;
using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Kernel.Web.Uploads;
using Ektu.Qa.Workflow;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>
/// External assessment procedures of the units in scope. A procedure opens its accreditation as Pending (a renewal keeps
/// the current one valid meanwhile: one state, RenewalInProgress) and runs the shipped <c>ea-external-assessment</c>
/// process; its steps are the process's tasks, done here or from the inbox, and its decision is written on the
/// accreditation by the process's handler. The improvement plan's items are CAPA items of the Improvement module.
/// </summary>
internal sealed class AssessmentAppService(AssessmentRepository repo, AccreditationAppService accreditations, AgencyRepository agencies,
    IUnitDirectory units, IWorkflowIntegrationService workflow, ITaskAppService tasks, ICapaIntegrationService capa, AssessmentFileStore files,
    AuditContext<ExternalAccreditationContractsModule> audit, ICurrentUser user, IClock clock, IUserClock local, IStringLocalizer l)
    : IAssessmentAppService
{
    public const string Entity = "Assessment";
    public const long MaxFileBytes = 20 * 1024 * 1024;
    private static readonly string[] DocumentKinds = ["pdf", "docx", "xlsx", "jpg", "png"];

    public async Task<IReadOnlyList<AssessmentDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Assessments.Default);
        var scope = await units.ScopeAsync(ct);
        var list = await repo.ListAsync(scope.All, scope.UnitIds, ct);
        await EnrichAsync(list, ct);
        return list;
    }

    public async Task<AssessmentDetailsDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Assessments.Default);
        var a = await LoadAsync(id, ct);
        await EnrichAsync([a], ct);
        return new AssessmentDetailsDto(a, await StepsAsync(a, ct), await repo.DocumentsAsync(id, ct), await PlanAsync(a, ct));
    }

    public async Task<AssessmentDto> StartAsync(StartAssessmentInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Assessments.Manage);
        new Check().Required(nameof(input.Title), input.Title, ExternalAccreditationConsts.TitleMax).ThrowIfAny();
        var accreditation = await accreditations.OpenForProcedureAsync(new SaveAccreditationInput
        {
            UnitId = input.UnitId, AgencyId = input.AgencyId, Kind = input.Kind, Reach = input.Reach, RenewalOfId = input.RenewalOfId,
            ProgrammeIds = input.ProgrammeIds,
        }, ct);
        var id = Guid.NewGuid();
        var instance = await workflow.StartAsync(AssessmentProcess.Key, AssessmentRules.BusinessKey(id), accreditation.UnitId,
            new JsonObject { ["assessment"] = id.ToString() }, ct);
        var a = new AssessmentDto
        {
            Id = id, UnitId = accreditation.UnitId, Title = input.Title.Trim(), AgencyId = input.AgencyId, Kind = input.Kind,
            AccreditationId = accreditation.Id, RenewalOfId = input.RenewalOfId, InstanceId = instance, State = AssessmentState.InProgress,
            Decision = AccreditationDecision.Pending, StartedOn = local.Today,
        };
        await repo.InsertAsync(a, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindAsync(id, ct))!;
        await audit.WriteAsync(Entity, id, "Created", AuditChanges.Between(null, after), ct, unitId: after.UnitId);
        return after;
    }

    public async Task CompleteStepAsync(Guid id, CompleteStepInput input, CancellationToken ct = default)
    {
        var (a, task) = await CurrentAsync(id, input.TaskId, input.Version, ct);
        if (task.ElementId == AssessmentProcess.DecisionStep) throw new QaException(AssessmentErrorCodes.NotCurrentStep, 409);
        string? outcome = null;
        if (task.ElementId == AssessmentProcess.DecideStep)
        {
            new Check().That(input.Undergo != null, nameof(input.Undergo), ErrorCodes.Required).ThrowIfAny();
            outcome = input.Undergo == true ? "approve" : "reject";
        }
        if (task.ElementId == AssessmentProcess.PlanStep
            && !AssessmentRules.PlanMayClose(a.Decision, (await capa.GetBySourceAsync(AssessmentProcess.CapaSource, id, ct)).Count))
            throw ValidationException.For("Plan", ErrorCodes.Required);
        await repo.TouchAsync(id, input.Version, clock.UtcNow, audit.By, ct);
        await tasks.CompleteAsync(task.Id, new CompleteTaskInput { Outcome = outcome, Comment = input.Comment, Version = task.Version }, ct);
        await audit.WriteAsync(Entity, id, "StepCompleted",
            [new AuditChange("Step", null, task.ElementId), new AuditChange("Comment", null, input.Comment)], ct, unitId: a.UnitId);
    }

    public async Task RecordDecisionAsync(Guid id, RecordDecisionInput input, CancellationToken ct = default)
    {
        var (a, task) = await CurrentAsync(id, input.TaskId, input.Version, ct);
        if (task.ElementId != AssessmentProcess.DecisionStep) throw new QaException(AssessmentErrorCodes.NotCurrentStep, 409);
        new Check().That(Enum.IsDefined(input.Decision) && input.Decision != AccreditationDecision.Pending, nameof(input.Decision),
            ErrorCodes.Required).ThrowIfAny();
        // The same rules the process's handler applies, checked first so the form shows them beside its fields.
        await accreditations.DecideForProcedureAsync(a.AccreditationId, input.Decision, input.DecidedOn, input.ValidFrom, input.ValidTo,
            input.FollowUpDueOn, input.Conditions, apply: false, ct);
        await repo.TouchAsync(id, input.Version, clock.UtcNow, audit.By, ct);
        var values = new JsonObject { ["decision"] = AssessmentRules.FormValue(input.Decision), ["decidedOn"] = Day(input.DecidedOn) };
        if (input.ValidFrom != null) values["validFrom"] = Day(input.ValidFrom);
        if (input.ValidTo != null) values["validTo"] = Day(input.ValidTo);
        if (input.FollowUpDueOn != null) values["followUpDueOn"] = Day(input.FollowUpDueOn);
        if (!string.IsNullOrWhiteSpace(input.Conditions)) values["conditions"] = input.Conditions.Trim();
        await tasks.CompleteAsync(task.Id, new CompleteTaskInput { Values = values, Version = task.Version }, ct);
    }

    public async Task<AssessmentDocumentDto> UploadAsync(Guid id, string step, string fileName, Stream? content, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Assessments.Manage);
        var a = await LoadAsync(id, ct);
        new Check().That(AssessmentProcess.Steps.Contains(step), "Step", ErrorCodes.InvalidValue).ThrowIfAny();
        var upload = await UploadCheck.ReadAsync(fileName, content,
            new UploadRules(MaxFileBytes, 255, AssessmentErrorCodes.FileRequired, DocumentKinds), ct);
        var (path, sha) = await files.SaveAsync(upload.Content, upload.Kind, ct);
        var d = new AssessmentDocumentDto
        {
            Id = Guid.NewGuid(), AssessmentId = id, Step = step, FileName = upload.FileName, SizeBytes = upload.Content.Length,
            CreatedAt = clock.UtcNow, CreatedBy = audit.By,
        };
        await repo.InsertDocumentAsync(d, FileInspector.ContentType(upload.Kind), sha, path, ct);
        await audit.WriteAsync(Entity, id, "DocumentUploaded",
            [.. AuditChanges.Between(null, d), new AuditChange("Sha256", null, sha)], ct, unitId: a.UnitId);
        return d;
    }

    public async Task<FileDownload> DownloadAsync(Guid id, Guid documentId, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Assessments.Default);
        await LoadAsync(id, ct);
        var d = await repo.FindDocumentAsync(documentId, ct);
        if (d == null || d.AssessmentId != id) throw new EntityNotFoundException("AssessmentDocument", documentId);
        return new FileDownload(d.FileName, d.ContentType, files.OpenRead(d.StoragePath));
    }

    public async Task<AssessmentPlanItemDto> AddPlanItemAsync(Guid id, AddPlanItemInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Assessments.Manage);
        var a = await LoadAsync(id, ct);
        if (!AssessmentRules.PlanOpen(a.State)) throw new QaException(AssessmentErrorCodes.PlanClosed, 409);
        var item = await capa.RaiseAsync(new SaveCapaItemInput
        {
            UnitId = a.UnitId, Source = AssessmentProcess.CapaSource, SourceId = id,
            Problem = input.Problem, CorrectiveAction = input.CorrectiveAction,
            OwnerUserId = input.OwnerUserId, Deadline = input.Deadline,
        }, ct);
        await audit.WriteAsync(Entity, id, "PlanItemRaised", [new AuditChange("CapaItem", null, item.Id.ToString())], ct, unitId: a.UnitId);
        return PlanItem(item);
    }

    internal async Task<AssessmentDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var a = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        await units.EnsureVisibleAsync(a.UnitId, Entity, id, ct);
        return a;
    }

    /// <summary>The assessment and its open task <paramref name="taskId"/>; a task of another instance or one already done is 409.</summary>
    private async Task<(AssessmentDto, WorkflowTaskDto)> CurrentAsync(Guid id, Guid taskId, int version, CancellationToken ct)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Assessments.Manage);
        var a = await LoadAsync(id, ct);
        if (a.Version != version) throw new ConcurrencyConflictException(Entity, id);
        if (a.State is AssessmentState.Completed or AssessmentState.Withdrawn) throw new QaException(AssessmentErrorCodes.NotRunning, 409);
        WorkflowTaskDto task;
        try
        {
            task = await tasks.GetAsync(taskId, ct);
        }
        catch (QaException e) when (e.Status is 403 or 404)
        {
            throw new QaException(AssessmentErrorCodes.NotCurrentStep, 409);
        }
        if (task.InstanceId != a.InstanceId || task.Status != WorkflowTaskStatus.Open)
            throw new QaException(AssessmentErrorCodes.NotCurrentStep, 409);
        return (a, task);
    }

    private async Task<IReadOnlyList<AssessmentStepDto>> StepsAsync(AssessmentDto a, CancellationToken ct)
    {
        IReadOnlyList<WorkflowTaskDto> all;
        try
        {
            all = await tasks.GetByInstanceAsync(a.InstanceId, ct);
        }
        catch (QaException e) when (e.Status is 403 or 404)
        {
            all = [];
        }
        var today = local.Today;
        var steps = new List<AssessmentStepDto>();
        foreach (var element in AssessmentProcess.Steps)
        {
            var t = all.Where(x => x.ElementId == element && x.Status != WorkflowTaskStatus.Cancelled).MaxBy(x => x.CreatedAt);
            var due = local.Local(t?.DueAt);
            steps.Add(new AssessmentStepDto
            {
                ElementId = element, Name = t == null ? l["ExternalAccreditation:Assessments.Step." + element] : Name(t), TaskId = t?.Id,
                TaskVersion = t?.Version ?? 0, OpenedAt = t?.CreatedAt, DueAt = t?.DueAt, CompletedAt = t?.CompletedAt,
                CompletedBy = t?.CompletedByName, Comment = t?.Comment, IsCurrent = t?.Status == WorkflowTaskStatus.Open,
                IsOverdue = t != null && due != null && AssessmentRules.IsOverdue(t.DueAt, t.CompletedAt, DateOnly.FromDateTime(due.Value), today),
            });
        }
        return steps;
    }

    private async Task<IReadOnlyList<AssessmentPlanItemDto>> PlanAsync(AssessmentDto a, CancellationToken ct) =>
        (await capa.GetBySourceAsync(AssessmentProcess.CapaSource, a.Id, ct)).Select(PlanItem).ToList();

    private AssessmentPlanItemDto PlanItem(CapaItemDto c) => new()
    {
        CapaItemId = c.Id, Problem = c.Problem, CorrectiveAction = c.CorrectiveAction, OwnerName = c.OwnerName, Deadline = c.Deadline,
        State = l.Enum(c.State), IsOverdue = c.IsOverdue,
    };

    private async Task EnrichAsync(IReadOnlyList<AssessmentDto> list, CancellationToken ct)
    {
        var agencyList = (await agencies.ListAsync(ct)).ToDictionary(x => x.Id);
        foreach (var a in list)
        {
            a.UnitName = await units.NameAsync(a.UnitId, ct);
            a.AgencyCode = agencyList.GetValueOrDefault(a.AgencyId)?.Code ?? "";
        }
    }

    private static string Name(WorkflowTaskDto t) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "kk" => t.NameKk,
        "ru" => t.NameRu,
        _ => t.NameEn,
    };

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
