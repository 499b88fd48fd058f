using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QaCommission.Register;

/// <summary>
/// REST endpoints under /api/qa-commission for the register of decisions: follow-up, evidence, violations, status requests and notices;
/// the app service checks permission and scope.
/// </summary>
internal sealed class RegisterApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/qa-commission", "QaCommission");
        var commissions = api.MapGroup("/commissions");
        var decisions = api.MapGroup("/decisions");

        commissions.MapGet("/{id:guid}/register", (IDecisionRegisterAppService s, Guid id, bool? overdueOnly, CancellationToken ct) =>
            s.GetRegisterAsync(id, overdueOnly ?? false, ct))
            .WithName("QaCommission_GetDecisionRegister").WithSummary("Gets a commission's register of decisions")
            .WithPermission(QaCommissionPermissions.Decisions.Default);
        commissions.MapGet("/{id:guid}/status-requests", (IDecisionRegisterAppService s, Guid id, CancellationToken ct) => s.GetRequestsAsync(id, ct))
            .WithName("QaCommission_ListStatusRequests").WithSummary("Lists requests for the status of decisions")
            .WithPermission(QaCommissionPermissions.Decisions.Default);
        commissions.MapGet("/{id:guid}/dashboard", (IDecisionRegisterAppService s, Guid id, CancellationToken ct) => s.GetDashboardAsync(id, ct))
            .WithName("QaCommission_GetDashboard").WithSummary("Gets a commission's dashboard figures")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        decisions.MapPut("/{id:guid}/register", (IDecisionRegisterAppService s, Guid id, UpdateRegisterEntryInput input, CancellationToken ct) =>
            s.UpdateAsync(id, input, ct))
            .WithName("QaCommission_UpdateRegisterEntry").WithSummary("Updates a decision's register entry")
            .WithPermission(QaCommissionPermissions.Decisions.Manage);
        decisions.MapGet("/{id:guid}/evidence", (IDecisionRegisterAppService s, Guid id, CancellationToken ct) => s.GetEvidenceAsync(id, ct))
            .WithName("QaCommission_ListDecisionEvidence").WithSummary("Lists evidence that a decision was carried out");
        decisions.MapPost("/{id:guid}/evidence", (IDecisionRegisterAppService s, Guid id, DecisionEvidenceRequest r, CancellationToken ct) =>
            s.AddEvidenceAsync(id, r.Note, null, ct))
            .WithName("QaCommission_AddDecisionEvidence").WithSummary("Adds evidence that a decision was carried out");
        api.MapGet("/evidence/{id:guid}", async (IDecisionRegisterAppService s, Guid id, CancellationToken ct) =>
            (await s.DownloadEvidenceAsync(id, ct)).ToResult())
            .WithName("QaCommission_DownloadDecisionEvidence").WithSummary("Downloads a piece of decision evidence");
        decisions.MapGet("/{id:guid}/violations", (IDecisionRegisterAppService s, Guid id, CancellationToken ct) => s.GetViolationsAsync(id, ct))
            .WithName("QaCommission_ListViolations").WithSummary("Lists violations recorded against a decision");
        decisions.MapPost("/{id:guid}/violations", (IDecisionRegisterAppService s, Guid id, ViolationRequest r, CancellationToken ct) =>
            s.RecordViolationAsync(id, r.Kind, r.Note, ct))
            .WithName("QaCommission_RecordViolation").WithSummary("Records a violation of a decision")
            .WithPermission(QaCommissionPermissions.Decisions.Manage);
        api.MapPost("/violations/{id:guid}/inquiry", (IDecisionRegisterAppService s, Guid id, InquiryRequest r, CancellationToken ct) =>
            s.RecordInquiryAsync(id, r.OrderNumber, r.OrderDate, r.Version, ct))
            .WithName("QaCommission_RecordInquiry").WithSummary("Records the outcome of an inquiry into a violation")
            .WithPermission(QaCommissionPermissions.Decisions.Inquire);
        api.MapPost("/status-requests/generate", (IDecisionRegisterAppService s, QuarterRequest r, CancellationToken ct) =>
            s.GenerateQuarterlyRequestsAsync(r.QuarterEnd, ct))
            .WithName("QaCommission_GenerateStatusRequests").WithSummary("Generates the quarterly requests for the status of decisions")
            .WithPermission(QaCommissionPermissions.Decisions.Manage);
        api.MapPost("/register/scan-overdue", (IDecisionRegisterAppService s, CancellationToken ct) => s.ScanOverdueAsync(ct))
            .WithName("QaCommission_ScanOverdueDecisions").WithSummary("Marks overdue decisions in the register")
            .WithPermission(QaCommissionPermissions.Decisions.Manage);
        api.MapGet("/status-requests/mine", (IDecisionRegisterAppService s, CancellationToken ct) => s.GetMyRequestsAsync(ct))
            .WithName("QaCommission_ListMyStatusRequests").WithSummary("Lists the status requests addressed to the caller")
            .WithPermission(QaCommissionPermissions.Decisions.Respond);
        api.MapPost("/status-requests/{id:guid}/respond", (IDecisionRegisterAppService s, Guid id, RespondRequest r, CancellationToken ct) =>
            s.RespondAsync(id, r.Response, r.Version, ct))
            .WithName("QaCommission_RespondToStatusRequest").WithSummary("Answers a request for the status of a decision")
            .WithPermission(QaCommissionPermissions.Decisions.Respond);
        api.MapGet("/notices/mine", (IDecisionRegisterAppService s, CancellationToken ct) => s.GetMyNoticesAsync(ct))
            .WithName("QaCommission_ListMyNotices").WithSummary("Lists the notices addressed to the caller");
    }

    internal sealed record DecisionEvidenceRequest(string? Note);

    internal sealed record ViolationRequest(ViolationKind Kind, string? Note);

    internal sealed record InquiryRequest(string OrderNumber, DateOnly OrderDate, int Version);

    internal sealed record QuarterRequest(DateOnly QuarterEnd);

    internal sealed record RespondRequest(string Response, int Version);
}
