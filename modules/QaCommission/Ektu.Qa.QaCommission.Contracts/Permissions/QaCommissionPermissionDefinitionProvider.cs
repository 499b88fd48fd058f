using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.QaCommission.Permissions;

/// <summary>Defines the QaCommission permissions for the role editor and the policies.</summary>
public sealed class QaCommissionPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(QaCommissionPermissions.GroupName).Add(
            QaCommissionPermissions.Commissions.Default,
            QaCommissionPermissions.Commissions.Manage,
            QaCommissionPermissions.Members.Manage,
            QaCommissionPermissions.Plans.Manage,
            QaCommissionPermissions.Meetings.Default,
            QaCommissionPermissions.Meetings.Manage,
            QaCommissionPermissions.Votes.Record,
            QaCommissionPermissions.Minutes.Sign,
            QaCommissionPermissions.Decisions.Default,
            QaCommissionPermissions.Decisions.Manage,
            QaCommissionPermissions.Decisions.Respond,
            QaCommissionPermissions.Decisions.Inquire,
            QaCommissionPermissions.PeerReview.Default,
            QaCommissionPermissions.PeerReview.Manage,
            QaCommissionPermissions.Reports.Default);
}
