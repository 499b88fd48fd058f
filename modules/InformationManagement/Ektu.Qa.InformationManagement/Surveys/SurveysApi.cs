using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>REST endpoints under /api/information-management/surveys; the app service checks permission, scope and group size.</summary>
internal sealed class SurveysApi : IEndpointContributor
{
    public const string Route = "/api/information-management/surveys";

    public void Map(IEndpointRouteBuilder app)
    {
        const string read = InformationManagementPermissions.Surveys.Default;
        const string manage = InformationManagementPermissions.Surveys.Manage;
        const string respond = InformationManagementPermissions.Surveys.Respond;
        var api = app.MapFeature(Route, "InformationManagement.Surveys");
        api.MapGet("/templates", (ISurveyAppService s, CancellationToken ct) => s.GetTemplatesAsync(ct))
            .WithName("InformationManagement_ListSurveyTemplates").WithSummary("Questionnaire template versions.").WithPermission(read);
        api.MapGet("/templates/{id:guid}", (ISurveyAppService s, Guid id, CancellationToken ct) => s.GetTemplateAsync(id, ct))
            .WithName("InformationManagement_GetSurveyTemplate").WithSummary("One template version with its questions.").WithPermission(read);
        api.MapPost("/templates", (ISurveyAppService s, SaveTemplateInput input, CancellationToken ct) =>
                s.CreateTemplateAsync(input, ct).Created(t => $"{Route}/templates/{t.Id}"))
            .WithName("InformationManagement_CreateSurveyTemplate").WithSummary("Version 1 of a new template, as a draft.").WithPermission(manage);
        api.MapPut("/templates/{id:guid}", (ISurveyAppService s, Guid id, SaveTemplateInput input, CancellationToken ct) =>
                s.UpdateTemplateAsync(id, input, ct))
            .WithName("InformationManagement_UpdateSurveyTemplate").WithSummary("Replaces a draft version's title and questions.")
            .WithPermission(manage);
        api.MapPost("/templates/{id:guid}/publish", (ISurveyAppService s, Guid id, int version, CancellationToken ct) =>
                s.PublishTemplateAsync(id, version, ct))
            .WithName("InformationManagement_PublishSurveyTemplate").WithSummary("Freezes a draft version so surveys can use it.")
            .WithPermission(manage);
        api.MapPost("/templates/{id:guid}/versions", (ISurveyAppService s, Guid id, CancellationToken ct) => s.NewTemplateVersionAsync(id, ct))
            .WithName("InformationManagement_CreateSurveyTemplateVersion").WithSummary("A new draft version copied from a published one.")
            .WithPermission(manage);
        api.MapGet("", (ISurveyAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("InformationManagement_ListSurveys").WithSummary("Surveys of the units in the caller's scope.").WithPermission(read);
        api.MapGet("/mine", (ISurveyAppService s, CancellationToken ct) => s.GetMineAsync(ct))
            .WithName("InformationManagement_ListMySurveys").WithSummary("Surveys addressed to the caller and whether answered.")
            .WithPermission(respond);
        api.MapGet("/{id:guid}", (ISurveyAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("InformationManagement_GetSurvey").WithSummary("One survey with its population and respondents.").WithPermission(read);
        api.MapPost("", (ISurveyAppService s, CreateSurveyInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(x => $"{Route}/{x.Survey.Id}"))
            .WithName("InformationManagement_CreateSurvey")
            .WithSummary("A survey of a published template version; employers' and graduates' invitation codes are returned once.")
            .WithPermission(manage);
        api.MapGet("/{id:guid}/questionnaire", (ISurveyAppService s, Guid id, CancellationToken ct) => s.GetQuestionnaireAsync(id, ct))
            .WithName("InformationManagement_GetSurveyQuestionnaire").WithSummary("The questions of a survey addressed to the caller.")
            .WithPermission(respond);
        api.MapPost("/{id:guid}/answers", (ISurveyAppService s, Guid id, SubmitAnswersInput input, CancellationToken ct) =>
                s.SubmitAsync(id, input, ct).NoContent())
            .WithName("InformationManagement_SubmitSurveyAnswers")
            .WithSummary("One anonymous response per person while the survey is open (the closing day included).").WithPermission(respond);
        api.MapPost("/{id:guid}/answers/by-code", (ISurveyAppService s, Guid id, SubmitAnswersInput input, CancellationToken ct) =>
                s.SubmitAsync(id, input with { InvitationCode = input.InvitationCode ?? "" }, ct).NoContent())
            .AllowAnonymous().WithName("InformationManagement_SubmitSurveyAnswersByCode")
            .WithSummary("An employer's or graduate's response with an invitation code (no account needed).");
        api.MapGet("/{id:guid}/results", (ISurveyAppService s, Guid id, [AsParameters] FilterQuery f, CancellationToken ct) =>
                s.GetResultsAsync(id, f.ToFilter(), ct))
            .WithName("InformationManagement_GetSurveyResults")
            .WithSummary("Results for a filter; a group below the minimum size gives no figures.").WithPermission(read);
        api.MapGet("/{id:guid}/crosstab", (ISurveyAppService s, Guid id, string question, StratumDimension by, [AsParameters] FilterQuery f,
                CancellationToken ct) => s.GetCrossTabAsync(id, question, by, f.ToFilter(), ct))
            .WithName("InformationManagement_GetSurveyCrossTab")
            .WithSummary("A question's options by the values of a stratum; columns below the minimum size are hidden.").WithPermission(read);
        api.MapGet("/{id:guid}/response-rates", (ISurveyAppService s, Guid id, CancellationToken ct) => s.GetResponseRatesAsync(id, ct))
            .WithName("InformationManagement_GetSurveyResponseRates")
            .WithSummary("Response rates per stratum with margin of error and the under-representation flag.").WithPermission(read);
    }
}
