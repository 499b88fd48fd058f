namespace Ektu.Qa.Reporting.Permissions;

/// <summary>Permission names of the Reporting module.</summary>
public static class ReportingPermissions
{
    public const string GroupName = "Reporting";

    public static class Reports
    {
        public const string Default = GroupName + ".Reports";
        public const string Run = Default + ".Run";
    }

    public static class Schedules
    {
        public const string Default = GroupName + ".Schedules";
        public const string Manage = Default + ".Manage";
    }

    public static class Archive
    {
        public const string Default = GroupName + ".Archive";
        public const string Download = Default + ".Download";
    }
}
