namespace Ektu.Qa.QualityPolicy.Permissions;

/// <summary>Permission names of the QualityPolicy module (standard 1).</summary>
public static class QualityPolicyPermissions
{
    public const string GroupName = "QualityPolicy";

    public static class Documents
    {
        /// <summary>Read policy documents, their editions, change sheets and review dates.</summary>
        public const string Default = GroupName + ".Documents";

        /// <summary>Create and edit documents, upload editions, register changes.</summary>
        public const string Manage = Default + ".Manage";

        /// <summary>Approve an edition, put it in force, cancel or supersede a document.</summary>
        public const string Approve = Default + ".Approve";

        /// <summary>Acknowledge one's own acknowledgement tasks.</summary>
        public const string Acknowledge = Default + ".Acknowledge";
    }

    public static class Acknowledgements
    {
        /// <summary>See acknowledgement sheets and the overdue list of the units in scope.</summary>
        public const string Default = GroupName + ".Acknowledgements";
    }

    public static class Standards
    {
        public const string Default = GroupName + ".Standards";
        public const string Manage = Default + ".Manage";
    }

    public static class Kpis
    {
        public const string Default = GroupName + ".Kpis";
        public const string Manage = Default + ".Manage";
    }

    public static class Holidays
    {
        public const string Default = GroupName + ".Holidays";
        public const string Manage = Default + ".Manage";
    }
}
