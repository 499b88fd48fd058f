using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.QaCommission.Permissions;

namespace Ektu.Qa.QaCommission.Web;

internal sealed class QaCommissionMenuContributor : IMenuContributor
{
    public void Configure(List<MenuItem> menu) => menu.Add(
        new MenuItem("QaCommission", "Menu:QaCommission", Order: 200, Icon: "people")
            .Add(new MenuItem("QaCommission.Commissions", "Menu:QaCommission.Commissions", "/QaCommission/Commissions", QaCommissionPermissions.Commissions.Default, 1))
            .Add(new MenuItem("QaCommission.MyRequests", "Menu:QaCommission.MyRequests", "/QaCommission/Register/Requests", QaCommissionPermissions.Decisions.Respond, 2))
            .Add(new MenuItem("QaCommission.Notices", "Menu:QaCommission.Notices", "/QaCommission/Notices", QaCommissionPermissions.Commissions.Default, 3)));
}
