using System.Security.Cryptography;
using System.Text;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// Templates, surveys and answers. A survey is visible when its unit is in the caller's scope; a person answers a survey
/// whose population holds them (or with an invitation code). Answers are never audited per person: the audit log's
/// user and time would pair who with what (README, Decisions).
/// </summary>
internal sealed class SurveyAppService(
    TemplateRepository templates, SurveyRepository surveys, SurveyCounts counts, SurveyPopulation population, SurveyResults results,
    IUnitDirectory units, IAuditLog audit, ICurrentUser user, IClock clock, IUserClock local, ISettingStore settings)
    : ISurveyAppService
{
    private const string Module = "InformationManagement";

    private string By => user.UserName ?? "system";

    public async Task<IReadOnlyList<TemplateDto>> GetTemplatesAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Surveys.Default);
        return await templates.GetAllAsync(ct);
    }

    public async Task<TemplateDto> GetTemplateAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Surveys.Default);
        return await templates.FindAsync(id, ct) ?? throw new EntityNotFoundException("SurveyTemplate", id);
    }

    public async Task<TemplateDto> CreateTemplateAsync(SaveTemplateInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Surveys.Manage);
        QuestionnaireRules.Validate(input);
        var code = input.Code.Trim();
        if (await templates.LastNumberAsync(code, ct) > 0) throw ValidationException.For(nameof(input.Code), SurveyErrorCodes.DuplicateCode);
        var t = new TemplateDto { Id = Guid.NewGuid(), Code = code, Number = 1, Title = input.Title, Questions = input.Questions };
        await templates.InsertAsync(t, clock.UtcNow, By, ct);
        await audit.WriteAsync(Module, "SurveyTemplate", t.Id, "Created", AuditChanges.Between(null, Audited(t)), ct);
        return (await templates.FindAsync(t.Id, ct))!;
    }

    public async Task<TemplateDto> UpdateTemplateAsync(Guid id, SaveTemplateInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Surveys.Manage);
        var before = await GetTemplateAsync(id, ct);
        if (before.State == TemplateState.Published) throw new QaException(SurveyErrorCodes.TemplateFrozen, 409);
        QuestionnaireRules.Validate(input with { Code = before.Code });
        var after = before with { Title = input.Title, Questions = input.Questions };
        await templates.UpdateAsync(after, input.Version, clock.UtcNow, By, ct);
        await audit.WriteAsync(Module, "SurveyTemplate", id, "Updated", AuditChanges.Between(Audited(before), Audited(after)), ct);
        return (await templates.FindAsync(id, ct))!;
    }

    public async Task<TemplateDto> PublishTemplateAsync(Guid id, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Surveys.Manage);
        var before = await GetTemplateAsync(id, ct);
        if (before.State == TemplateState.Published) throw new QaException(SurveyErrorCodes.TemplateFrozen, 409);
        if (before.Questions.Count == 0) throw ValidationException.For("Questions", ErrorCodes.Required);
        await templates.UpdateAsync(before with { State = TemplateState.Published }, version, clock.UtcNow, By, ct);
        await audit.WriteAsync(Module, "SurveyTemplate", id, "Published", null, ct);
        return (await templates.FindAsync(id, ct))!;
    }

    public async Task<TemplateDto> NewTemplateVersionAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Surveys.Manage);
        var source = await GetTemplateAsync(id, ct);
        if (source.State != TemplateState.Published) throw new QaException(SurveyErrorCodes.TemplateNotPublished, 409);
        var t = source with { Id = Guid.NewGuid(), Number = await templates.LastNumberAsync(source.Code, ct) + 1, State = TemplateState.Draft };
        await templates.InsertAsync(t, clock.UtcNow, By, ct);
        await audit.WriteAsync(Module, "SurveyTemplate", t.Id, "Created", AuditChanges.Between(null, Audited(t)), ct);
        return (await templates.FindAsync(t.Id, ct))!;
    }

    public async Task<IReadOnlyList<SurveyDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Surveys.Default);
        var scope = await units.ScopeAsync(ct);
        var names = await units.NamesAsync(ct);
        return (await surveys.GetAllAsync(ct)).Where(s => scope.Contains(s.UnitId))
            .Select(s => s.ToDto(local.Today, names.GetValueOrDefault(s.UnitId, ""))).ToList();
    }

    public async Task<SurveyDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Surveys.Default);
        return await VisibleAsync(id, ct);
    }

    public async Task<CreatedSurveyDto> CreateAsync(CreateSurveyInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Surveys.Manage);
        await units.EnsureTargetAsync(input.UnitId, nameof(input.UnitId), ct);
        var floor = await settings.GetIntAsync(SurveySettings.MinGroupSize, ct);
        var codes = input.Target is SurveyTarget.Employers or SurveyTarget.Graduates;
        new Check()
            .That(input.OpensOn != null, nameof(input.OpensOn), ErrorCodes.Required)
            .That(input.ClosesOn != null, nameof(input.ClosesOn), ErrorCodes.Required)
            .That(input.OpensOn == null || input.ClosesOn == null || input.ClosesOn >= input.OpensOn, nameof(input.ClosesOn),
                SurveyErrorCodes.InvalidDates)
            .That(Enum.IsDefined(input.Target), nameof(input.Target), ErrorCodes.Required)
            .That(input.MinGroupSize is null || (input.MinGroupSize >= floor && input.MinGroupSize <= 1000), nameof(input.MinGroupSize),
                SurveyErrorCodes.GroupTooSmall)
            .That(!codes || input.InvitationCount is >= 1 and <= 5000, nameof(input.InvitationCount), ErrorCodes.Required)
            .Optional(nameof(input.Programme), input.Programme, InformationManagementConsts.StratumMax)
            .That(input.StudyYear is null or (>= 1 and <= 8), nameof(input.StudyYear), SurveyErrorCodes.InvalidAnswer)
            .ThrowIfAny();
        var template = await templates.FindAsync(input.TemplateId, ct);
        if (template == null) throw ValidationException.For(nameof(input.TemplateId), ErrorCodes.Required);
        if (template.State != TemplateState.Published) throw ValidationException.For(nameof(input.TemplateId), SurveyErrorCodes.TemplateNotPublished);

        var (members, invitationCodes) = await population.ResolveAsync(input, ct);
        var row = new SurveyRow
        {
            Id = Guid.NewGuid(), TemplateId = template.Id, UnitId = input.UnitId, Target = input.Target.ToString(),
            Programme = string.IsNullOrWhiteSpace(input.Programme) ? null : input.Programme.Trim(), StudyYear = input.StudyYear,
            OpensOn = input.OpensOn!.Value, ClosesOn = input.ClosesOn!.Value, MinGroupSize = input.MinGroupSize ?? floor, Population = members.Count,
        };
        await surveys.InsertAsync(row, clock.UtcNow, By, ct);
        await surveys.InsertPopulationAsync(row.Id, members, ct);
        var created = await VisibleAsync(row.Id, ct);
        await audit.WriteAsync(Module, "Survey", row.Id, "Created", AuditChanges.Between(null, created), ct, unitId: row.UnitId);
        return new CreatedSurveyDto(created, invitationCodes);
    }

    public async Task<IReadOnlyList<MySurveyDto>> GetMineAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Surveys.Respond);
        var me = user.Id ?? Guid.Empty;
        var names = await units.NamesAsync(ct);
        var list = new List<MySurveyDto>();
        foreach (var s in await surveys.GetForUserAsync(me, ct))
            list.Add(new(s.ToDto(local.Today, names.GetValueOrDefault(s.UnitId, "")), await surveys.HasAnsweredAsync(s.Id, me.ToString(), ct)));
        return list;
    }

    public async Task<TemplateDto> GetQuestionnaireAsync(Guid id, CancellationToken ct = default)
    {
        var s = await surveys.FindAsync(id, ct) ?? throw new EntityNotFoundException("Survey", id);
        var addressed = user.Id is { } me && await user.HasPermissionAsync(InformationManagementPermissions.Surveys.Respond)
            && await surveys.FindMemberAsync(id, me.ToString(), ct) != null;
        var reader = await user.HasPermissionAsync(InformationManagementPermissions.Surveys.Default)
            && (await units.ScopeAsync(ct)).Contains(s.UnitId);
        if (!addressed && !reader) throw new EntityNotFoundException("Survey", id);
        return (await templates.FindAsync(s.TemplateId, ct))!;
    }

    public async Task SubmitAsync(Guid id, SubmitAnswersInput input, CancellationToken ct = default)
    {
        var s = await surveys.FindAsync(id, ct) ?? throw new EntityNotFoundException("Survey", id);
        string key;
        if (!string.IsNullOrWhiteSpace(input.InvitationCode))
        {
            key = CodeKey(input.InvitationCode);
        }
        else
        {
            await user.EnsureAsync(InformationManagementPermissions.Surveys.Respond);
            key = (user.Id ?? Guid.Empty).ToString();
        }
        // An unknown code and a survey not addressed to the caller look alike: nothing tells whether the survey exists.
        var member = await surveys.FindMemberAsync(id, key, ct) ?? throw new EntityNotFoundException("Survey", id);
        switch (SurveyRules.Phase(s.OpensOn, s.ClosesOn, local.Today))
        {
            case SurveyPhase.NotYetOpen: throw new QaException(SurveyErrorCodes.NotOpenYet, 409, s.OpensOn);
            case SurveyPhase.Closed: throw new QaException(SurveyErrorCodes.Closed, 409, s.ClosesOn);
        }
        var template = (await templates.FindAsync(s.TemplateId, ct))!;
        var answers = QuestionnaireRules.Clean(template.Questions, input.Answers ?? []);
        if (!await surveys.MarkAnsweredAsync(id, key, ct)) throw new QaException(SurveyErrorCodes.AlreadyAnswered, 409);
        await surveys.InsertResponseAsync(id, member, SurveyJson.Answers(answers), ct);
        // In the same unit of work: the response and the counts results are read from commit or roll back together.
        await counts.AddAsync(id, member, SurveyCounts.Cells(template.Questions, answers), ct);
    }

    public async Task<SurveyResultsDto> GetResultsAsync(Guid id, ResultFilter filter, CancellationToken ct = default)
    {
        var s = await GetAsync(id, ct);
        return await results.ResultsAsync(s, filter, await FloorAsync(s, ct), ct);
    }

    public async Task<CrossTabDto> GetCrossTabAsync(
        Guid id, string questionKey, StratumDimension dimension, ResultFilter filter, CancellationToken ct = default)
    {
        var s = await GetAsync(id, ct);
        return await results.CrossTabAsync(s, questionKey, dimension, filter, await FloorAsync(s, ct), ct);
    }

    public async Task<IReadOnlyList<ResponseRateDto>> GetResponseRatesAsync(Guid id, CancellationToken ct = default)
    {
        var s = await GetAsync(id, ct);
        return await results.RatesAsync(s, ct);
    }

    /// <summary>The hash an invitation code is kept as; the code itself is shown once and never stored.</summary>
    internal static string CodeKey(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));

    /// <summary>A survey's own threshold, never below the current setting (raising the setting later protects old surveys too).</summary>
    private async Task<int> FloorAsync(SurveyDto s, CancellationToken ct) =>
        Math.Max(s.MinGroupSize, await settings.GetIntAsync(SurveySettings.MinGroupSize, ct));

    private async Task<SurveyDto> VisibleAsync(Guid id, CancellationToken ct)
    {
        var row = await surveys.FindAsync(id, ct) ?? throw new EntityNotFoundException("Survey", id);
        await units.EnsureVisibleAsync(row.UnitId, "Survey", id, ct);
        return row.ToDto(local.Today, await units.NameAsync(row.UnitId, ct));
    }

    private static TemplateAudit Audited(TemplateDto t) =>
        new(t.Code, t.Number, t.Title.Kk, t.Title.Ru, t.Title.En, t.State, t.Questions.Count);
}
