namespace Ektu.Qa.Workflow.Permissions;

/// <summary>Permission names of the Workflow module.</summary>
public static class WorkflowPermissions
{
    public const string GroupName = "Workflow";

    public static class Definitions
    {
        /// <summary>See process definitions, their versions and diagrams.</summary>
        public const string Default = GroupName + ".Definitions";

        /// <summary>Edit drafts in the designer, import .bpmn files, publish versions.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Instances
    {
        /// <summary>See the process instances of the units in scope, their diagrams, variables and history.</summary>
        public const string Default = GroupName + ".Instances";

        /// <summary>Start an instance of a published process.</summary>
        public const string Start = Default + ".Start";

        /// <summary>Administer instances: cancel, retry a failed step, move a stuck token.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Tasks
    {
        /// <summary>Work on one's own tasks: the inbox.</summary>
        public const string Default = GroupName + ".Tasks";

        /// <summary>See every task in scope and reassign tasks.</summary>
        public const string Manage = Default + ".Manage";
    }
}
