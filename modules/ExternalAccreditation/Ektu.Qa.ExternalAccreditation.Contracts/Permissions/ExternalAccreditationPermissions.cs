namespace Ektu.Qa.ExternalAccreditation.Permissions;

/// <summary>Permission names of the ExternalAccreditation module (standard 10).</summary>
public static class ExternalAccreditationPermissions
{
    public const string GroupName = "ExternalAccreditation";

    public static class Accreditations
    {
        /// <summary>See the accreditations of the units in scope, their expiry and the share of programmes accredited.</summary>
        public const string Default = GroupName + ".Accreditations";

        /// <summary>Record accreditations, their decisions and post-accreditation monitoring reports.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Readiness
    {
        /// <summary>See experts' recommendations and the evidence library of the units in scope.</summary>
        public const string Default = GroupName + ".Readiness";

        /// <summary>Record recommendations and their execution; keep the evidence library.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Certifications
    {
        /// <summary>See management-system certificates and their inspection audits in scope.</summary>
        public const string Default = GroupName + ".Certifications";

        /// <summary>Record certificates and inspection audits.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Assessments
    {
        /// <summary>See the external assessment procedures of the units in scope, their steps, documents and improvement plans.</summary>
        public const string Default = GroupName + ".Assessments";

        /// <summary>Start procedures, do their steps, attach documents, record decisions and raise the improvement plan.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Rankings
    {
        /// <summary>See the ranking systems, the university's results and the programmes' top-5 share.</summary>
        public const string Default = GroupName + ".Rankings";

        /// <summary>Record ranking results and edit the ranking systems.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Agencies
    {
        /// <summary>Edit the reference data of accreditation agencies.</summary>
        public const string Manage = GroupName + ".Agencies.Manage";
    }
}
