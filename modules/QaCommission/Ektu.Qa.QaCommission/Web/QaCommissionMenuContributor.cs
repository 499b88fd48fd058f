using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.QaCommission.Permissions;

namespace Ektu.Qa.QaCommission.Web;

internal sealed class QaCommissionMenuContributor : IMenuContributor
{
    public void Configure(List<MenuItem> menu) => menu.Add(
        new MenuItem("QaCommission", "Menu:QaCommission", Order: 200, Icon: "people")
            .Add(new MenuItem("QaCommission.Commissions", "Menu:QaCommission.Commissions", "/QaCommission/Commissions",
                QaCommissionPermissions.Commissions.Default, 1, Icon: "people"))
            .Add(new MenuItem("QaCommission.MyRequests", "Menu:QaCommission.MyRequests", "/QaCommission/Register/Requests",
                QaCommissionPermissions.Decisions.Respond, 2, Icon: "envelope-open"))
            .Add(new MenuItem("QaCommission.Documents", "Menu:QaCommission.Documents", "/QaCommission/Documents",
                QaCommissionPermissions.Commissions.Default, 5, Icon: "folder2-open"))
            .Add(new MenuItem("QaCommission.Notices", "Menu:QaCommission.Notices", "/QaCommission/Notices",
                QaCommissionPermissions.Commissions.Default, 3, Icon: "megaphone"))
            .Add(new MenuItem("QaCommission.ProgrammeCommittee", "Menu:QaCommission.ProgrammeCommittee", "/QaCommission/ProgrammeCommittee",
                QaCommissionPermissions.Commissions.Default, 4, Icon: "mortarboard"))
            .Add(new MenuItem("QaCommission.PeerReview", "Menu:QaCommission.PeerReview", "/QaCommission/PeerReview",
                QaCommissionPermissions.PeerReview.Default, 12, Icon: "eye"))
            .Add(new MenuItem("QaCommission.Readiness", "Menu:QaCommission.Readiness", "/QaCommission/Readiness",
                ExternalAccreditation.Permissions.ExternalAccreditationPermissions.Readiness.Default, 13))
            .Add(new MenuItem("QaCommission.Reports", "Menu:QaCommission.Reports", "/QaCommission/Reports",
                QaCommissionPermissions.Reports.Default, 14, Icon: "file-earmark-bar-graph")));
}
