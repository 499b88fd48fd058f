using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>REST endpoints of triggers, review schedules and reviews; the app service checks permission and the programme's scope.</summary>
internal sealed class ReviewsApi : IEndpointContributor
{
    public const string Route = "/api/programme-monitoring";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(Route, "ProgrammeMonitoring.Reviews");
        const string read = ProgrammeMonitoringPermissions.Programmes.Default;
        const string manage = ProgrammeMonitoringPermissions.Programmes.Manage;
        api.MapGet("/review-triggers", (IProgrammeReviewAppService s, Guid? programmeId, bool? openOnly, CancellationToken ct) =>
                s.GetTriggersAsync(programmeId, openOnly ?? false, ct))
            .WithName("ProgrammeMonitoring_ListReviewTriggers").WithSummary("Review triggers of the programmes in scope.").WithPermission(read);
        api.MapPost("/review-triggers", (IProgrammeReviewAppService s, RecordTriggerInput input, CancellationToken ct) =>
                s.RecordTriggerAsync(input, ct).Created(t => $"{Route}/review-triggers/{t.Id}"))
            .WithName("ProgrammeMonitoring_RecordReviewTrigger").WithSummary("Records one of the seven grounds for review.").WithPermission(manage);
        api.MapPost("/review-triggers/{id:guid}/decision", (IProgrammeReviewAppService s, Guid id, DecideTriggerInput input, CancellationToken ct) =>
                s.DecideTriggerAsync(id, input, ct))
            .WithName("ProgrammeMonitoring_DecideReviewTrigger").WithSummary("Opens a review from a trigger or closes it with a reason.")
            .WithPermission(manage);
        api.MapGet("/review-schedules", (IProgrammeReviewAppService s, CancellationToken ct) => s.GetSchedulesAsync(ct))
            .WithName("ProgrammeMonitoring_ListReviewSchedules").WithSummary("Review cycles and next due dates.").WithPermission(read);
        api.MapPut("/programmes/{id:guid}/review-schedule", (IProgrammeReviewAppService s, Guid id, SetScheduleInput input, CancellationToken ct) =>
                s.SetScheduleAsync(id, input, ct))
            .WithName("ProgrammeMonitoring_SetReviewSchedule").WithSummary("Sets a programme's review cycle.").WithPermission(manage);
        api.MapGet("/reviews", (IProgrammeReviewAppService s, Guid? programmeId, CancellationToken ct) => s.GetReviewsAsync(programmeId, ct))
            .WithName("ProgrammeMonitoring_ListReviews").WithSummary("Reviews with their actions and effects.").WithPermission(read);
        api.MapGet("/reviews/{id:guid}", (IProgrammeReviewAppService s, Guid id, CancellationToken ct) => s.GetReviewAsync(id, ct))
            .WithName("ProgrammeMonitoring_GetReview").WithSummary("One review with its actions.").WithPermission(read);
        api.MapPost("/programmes/{id:guid}/reviews", (IProgrammeReviewAppService s, Guid id, ReviewKind kind, CancellationToken ct) =>
                s.StartReviewAsync(id, kind, ct))
            .WithName("ProgrammeMonitoring_StartReview").WithSummary("Opens the periodic review or yearly monitoring due next.")
            .WithPermission(manage);
        api.MapPut("/reviews/{id:guid}", (IProgrammeReviewAppService s, Guid id, SaveReviewInput input, CancellationToken ct) =>
                s.SaveReviewAsync(id, input, ct))
            .WithName("ProgrammeMonitoring_SaveReview").WithSummary("Saves the texts of an open review.").WithPermission(manage);
        api.MapPost("/reviews/{id:guid}/complete", (IProgrammeReviewAppService s, Guid id, int version, CancellationToken ct) =>
                s.CompleteReviewAsync(id, version, ct))
            .WithName("ProgrammeMonitoring_CompleteReview").WithSummary("Completes a review (a periodic one restarts the cycle).")
            .WithPermission(manage);
        api.MapPost("/reviews/{id:guid}/actions", (IProgrammeReviewAppService s, Guid id, AddActionInput input, CancellationToken ct) =>
                s.AddActionAsync(id, input, ct))
            .WithName("ProgrammeMonitoring_AddReviewAction").WithSummary("Adds an action naming the indicator it should move.")
            .WithPermission(manage);
        api.MapPost("/reviews/{id:guid}/actions/{actionId:guid}/close", (IProgrammeReviewAppService s, Guid id, Guid actionId,
                CancellationToken ct) => s.CloseActionAsync(id, actionId, ct))
            .WithName("ProgrammeMonitoring_CloseReviewAction").WithSummary("Closes an action; its effect is judged on the next value.")
            .WithPermission(manage);
    }
}
