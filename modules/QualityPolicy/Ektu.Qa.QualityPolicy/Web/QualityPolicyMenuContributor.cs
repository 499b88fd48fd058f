using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.QualityPolicy.Permissions;

namespace Ektu.Qa.QualityPolicy.Web;

internal sealed class QualityPolicyMenuContributor : IMenuContributor
{
    public void Configure(List<MenuItem> menu) => menu.Add(
        new MenuItem("QualityPolicy", "Menu:QualityPolicy", Order: 100, Icon: "shield-check")
            .Add(new MenuItem("QualityPolicy.Documents", "Menu:QualityPolicy.Documents", "/QualityPolicy/Documents",
                QualityPolicyPermissions.Documents.Default, 1, Icon: "file-earmark-text"))
            .Add(new MenuItem("QualityPolicy.OverdueReviews", "Menu:QualityPolicy.OverdueReviews", "/QualityPolicy/Reviews/Overdue",
                QualityPolicyPermissions.Documents.Default, 2, Icon: "hourglass-split"))
            .Add(new MenuItem("QualityPolicy.MyAcknowledgements", "Menu:QualityPolicy.MyAcknowledgements", "/QualityPolicy/Acknowledgements/Mine",
                QualityPolicyPermissions.Documents.Acknowledge, 3, Icon: "check2-square"))
            .Add(new MenuItem("QualityPolicy.OverdueAcknowledgements", "Menu:QualityPolicy.OverdueAcknowledgements",
                "/QualityPolicy/Acknowledgements/Overdue", QualityPolicyPermissions.Acknowledgements.Default, 4, Icon: "exclamation-triangle"))
            .Add(new MenuItem("QualityPolicy.Standards", "Menu:QualityPolicy.Standards", "/QualityPolicy/Standards",
                QualityPolicyPermissions.Standards.Default, 5, Icon: "bookmark-star"))
            .Add(new MenuItem("QualityPolicy.Kpis", "Menu:QualityPolicy.Kpis", "/QualityPolicy/Kpis",
                QualityPolicyPermissions.Kpis.Default, 6, Icon: "graph-up"))
            .Add(new MenuItem("QualityPolicy.Holidays", "Menu:QualityPolicy.Holidays", "/QualityPolicy/Holidays",
                QualityPolicyPermissions.Holidays.Default, 7, Icon: "calendar3")));
}
