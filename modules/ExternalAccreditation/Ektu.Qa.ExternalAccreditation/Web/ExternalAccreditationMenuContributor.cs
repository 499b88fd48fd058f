using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Kernel.Menus;

namespace Ektu.Qa.ExternalAccreditation.Web;

internal sealed class ExternalAccreditationMenuContributor : IMenuContributor
{
    public void Configure(List<MenuItem> menu) => menu.Add(
        new MenuItem("ExternalAccreditation", "Menu:ExternalAccreditation", Order: 260, Icon: "patch-check")
            .Add(new MenuItem("ExternalAccreditation.Accreditations", "Menu:ExternalAccreditation.Accreditations",
                "/ExternalAccreditation/Accreditations", ExternalAccreditationPermissions.Accreditations.Default, 1))
            .Add(new MenuItem("ExternalAccreditation.Agencies", "Menu:ExternalAccreditation.Agencies",
                "/ExternalAccreditation/Agencies", ExternalAccreditationPermissions.Accreditations.Default, 2))
            .Add(new MenuItem("ExternalAccreditation.Readiness", "Menu:ExternalAccreditation.Readiness",
                "/ExternalAccreditation/Readiness", ExternalAccreditationPermissions.Readiness.Default, 3))
            .Add(new MenuItem("ExternalAccreditation.Certifications", "Menu:ExternalAccreditation.Certifications",
                "/ExternalAccreditation/Certifications", ExternalAccreditationPermissions.Certifications.Default, 4))
            .Add(new MenuItem("ExternalAccreditation.Assessments", "Menu:ExternalAccreditation.Assessments",
                "/ExternalAccreditation/Assessments", ExternalAccreditationPermissions.Assessments.Default, 5))
            .Add(new MenuItem("ExternalAccreditation.SelfAssessment", "Menu:ExternalAccreditation.SelfAssessment",
                "/ExternalAccreditation/SelfAssessment", ExternalAccreditationPermissions.Readiness.Default, 6))
            .Add(new MenuItem("ExternalAccreditation.Rankings", "Menu:ExternalAccreditation.Rankings",
                "/ExternalAccreditation/Rankings", ExternalAccreditationPermissions.Rankings.Default, 7)));
}
