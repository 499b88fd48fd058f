namespace Ektu.Qa.ProgrammeMonitoring.Permissions;

/// <summary>Permission names of the ProgrammeMonitoring module (standards 2, 3, 9).</summary>
public static class ProgrammeMonitoringPermissions
{
    public const string GroupName = "ProgrammeMonitoring";

    public static class Programmes
    {
        /// <summary>Read the programmes of the schools in scope, their versions, differences and curricula.</summary>
        public const string Default = GroupName + ".Programmes";

        /// <summary>Create programmes and propose or revise versions (texts, outcomes, courses, the curriculum map).</summary>
        public const string Manage = Default + ".Manage";

        /// <summary>Approve a version, move the programme's status and record the national register's events.</summary>
        public const string Approve = Default + ".Approve";
    }
}
