using System.Globalization;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Calendar;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.QualityPolicy.Permissions;

namespace Ektu.Qa.QualityPolicy.Web;

/// <summary>
/// Documents in force and overdue reviews in the caller's scope; the caller's pending acknowledgements; the trends of
/// acknowledgement completion and of the KPIs (<see cref="PolicyTrends"/>).
/// </summary>
internal sealed class QualityPolicyDashboardContributor(
    IDbSession db, ICurrentUser user, IOrganizationScope scopes, LocalCalendar calendar, PolicyTrends trends) : IDashboardContributor
{
    public async Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default)
    {
        var cards = new List<DashboardCard>();
        var me = user.Id ?? Guid.Empty;
        if (await user.HasPermissionAsync(QualityPolicyPermissions.Documents.Default))
        {
            var scope = await scopes.GetAsync(ct);
            var args = new { Units = SqlIds.Text(scope.UnitIds), Me = me, today = calendar.Today };
            var visible = PolicyDocumentRepository.Visible(scope);
            var inForce = await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM qp_documents d WHERE d.state = 'InForce' AND {visible}", args, ct);
            var overdue = await db.ExecuteScalarAsync<long>(
                $"SELECT COUNT(*) FROM qp_documents d WHERE d.state = 'InForce' AND d.review_due_on < @today AND {visible}", args, ct);
            var inForceList = Link("/Documents/Index", new() { ["State"] = nameof(Documents.DocumentState.InForce) });
            cards.Add(new DashboardCard("QualityPolicy:Dashboard.InForce", Text(inForce), inForceList));
            cards.Add(new DashboardCard("QualityPolicy:Dashboard.ReviewsOverdue", Text(overdue), Link("/Reviews/Overdue")));
        }
        if (await user.HasPermissionAsync(QualityPolicyPermissions.Documents.Acknowledge))
        {
            var pending = await db.ExecuteScalarAsync<long>("""
                SELECT COUNT(*) FROM qp_acknowledgements a JOIN qp_document_editions e ON e.id = a.edition_id
                WHERE a.user_id = @me AND a.acknowledged_at IS NULL AND e.state = 'InForce'
                """, new { me }, ct);
            cards.Add(new DashboardCard("QualityPolicy:Dashboard.MyPending", Text(pending), Link("/Acknowledgements/Mine")));
        }
        return cards;
    }

    public async Task<IReadOnlyList<DashboardChart>> GetChartsAsync(CancellationToken ct = default) =>
        new[] { await trends.AcknowledgementCompletionAsync(ct), await trends.KpiActualVsTargetAsync(ct) }.OfType<DashboardChart>().ToList();

    private const string Area = "QualityPolicy";

    private static DashboardLink Link(string page, Dictionary<string, string>? values = null) => new(Area, page, values);

    private static string Text(long n) => n.ToString(CultureInfo.CurrentCulture);
}
