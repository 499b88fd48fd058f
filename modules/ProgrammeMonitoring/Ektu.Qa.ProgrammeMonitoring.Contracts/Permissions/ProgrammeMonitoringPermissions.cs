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

    public static class Monitoring
    {
        /// <summary>
        /// The Academic Affairs Office's part of standard 9: the improvement procedures' owners and cycles, the effectiveness
        /// indicators' values and thresholds. Triggers, reviews and runs need <see cref="Programmes.Manage"/> in scope.
        /// </summary>
        public const string Manage = GroupName + ".Monitoring.Manage";
    }
}
