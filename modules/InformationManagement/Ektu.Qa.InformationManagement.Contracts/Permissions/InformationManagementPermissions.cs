namespace Ektu.Qa.InformationManagement.Permissions;

/// <summary>Permission names of the InformationManagement module (standard 7).</summary>
public static class InformationManagementPermissions
{
    public const string GroupName = "InformationManagement";

    public static class Surveys
    {
        /// <summary>Read the surveys of the units in scope, their response rates and their results (above the minimum group size).</summary>
        public const string Default = GroupName + ".Surveys";

        /// <summary>Build questionnaire templates, create and open surveys.</summary>
        public const string Manage = Default + ".Manage";

        /// <summary>Answer the surveys addressed to oneself (students, teaching staff).</summary>
        public const string Respond = Default + ".Respond";
    }

    public static class Audits
    {
        /// <summary>Read the audit plan, checklists, findings and reports of the audited units in scope.</summary>
        public const string Default = GroupName + ".Audits";

        /// <summary>Run the audit programme (Academic Quality Department): plan audits, fill checklists, record findings, raise CAPA.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Systems
    {
        /// <summary>Read the information systems registry and the safety checks.</summary>
        public const string Default = GroupName + ".Systems";

        /// <summary>Register systems, record restore verifications and safety checks.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Indicators
    {
        /// <summary>Read monitored indicators and their values for the units in scope (pages, the Grafana data endpoint).</summary>
        public const string Default = GroupName + ".Indicators";

        /// <summary>Define indicators, type values and import files for the units in scope.</summary>
        public const string Manage = Default + ".Manage";

        /// <summary>Push values through the API (the portal's API client).</summary>
        public const string Push = Default + ".Push";
    }

    public static class Swot
    {
        /// <summary>Read the SWOT analyses of the units in scope.</summary>
        public const string Default = GroupName + ".Swot";

        /// <summary>Write and approve SWOT analyses of the units in scope.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Collegial
    {
        /// <summary>Read the collegial analysis records of the units in scope.</summary>
        public const string Default = GroupName + ".Collegial";

        /// <summary>Record collegial analyses, their plan items, and raise items as CAPA.</summary>
        public const string Manage = Default + ".Manage";
    }
}
