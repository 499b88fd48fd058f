using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Menus;

namespace Ektu.Qa.InformationManagement.Web;

internal sealed class InformationManagementMenuContributor : IMenuContributor
{
    public void Configure(List<MenuItem> menu) => menu.Add(
        new MenuItem("InformationManagement", "Menu:InformationManagement", Order: 170, Icon: "clipboard-data")
            .Add(new MenuItem("InformationManagement.MySurveys", "Menu:InformationManagement.MySurveys", "/InformationManagement/Surveys/Mine",
                InformationManagementPermissions.Surveys.Respond, 1))
            .Add(new MenuItem("InformationManagement.Surveys", "Menu:InformationManagement.Surveys", "/InformationManagement/Surveys",
                InformationManagementPermissions.Surveys.Default, 2))
            .Add(new MenuItem("InformationManagement.Templates", "Menu:InformationManagement.Templates",
                "/InformationManagement/Surveys/Templates", InformationManagementPermissions.Surveys.Default, 3))
            .Add(new MenuItem("InformationManagement.Indicators", "Menu:InformationManagement.Indicators", "/InformationManagement/Indicators",
                InformationManagementPermissions.Indicators.Default, 4))
            .Add(new MenuItem("InformationManagement.Swot", "Menu:InformationManagement.Swot", "/InformationManagement/Swot",
                InformationManagementPermissions.Swot.Default, 5))
            .Add(new MenuItem("InformationManagement.Collegial", "Menu:InformationManagement.Collegial", "/InformationManagement/Collegial",
                InformationManagementPermissions.Collegial.Default, 6))
            .Add(new MenuItem("InformationManagement.Audits", "Menu:InformationManagement.Audits", "/InformationManagement/Audits",
                InformationManagementPermissions.Audits.Default, 10))
            .Add(new MenuItem("InformationManagement.AuditFindings", "Menu:InformationManagement.AuditFindings",
                "/InformationManagement/Audits/Findings", InformationManagementPermissions.Audits.Default, 11))
            .Add(new MenuItem("InformationManagement.Systems", "Menu:InformationManagement.Systems", "/InformationManagement/Systems",
                InformationManagementPermissions.Systems.Default, 12)));
}
