namespace Ektu.Qa.Workflow;

/// <summary>Stable error codes of the Workflow module; texts under <c>Workflow:&lt;code&gt;</c> in the localization files.</summary>
public static class WorkflowErrorCodes
{
    public const string InvalidBpmn = "Workflow:InvalidBpmn";
    public const string NoPublishedVersion = "Workflow:NoPublishedVersion";
    public const string NotADraft = "Workflow:NotADraft";
    public const string KeyMismatch = "Workflow:KeyMismatch";
    public const string DefinitionExists = "Workflow:DefinitionExists";
    public const string TaskNotOpen = "Workflow:TaskNotOpen";
    public const string NotYourTask = "Workflow:NotYourTask";
    public const string TaskClaimed = "Workflow:TaskClaimed";
    public const string FourEyes = "Workflow:FourEyes";
    public const string InstanceNotRunning = "Workflow:InstanceNotRunning";
    public const string InstanceNotFailed = "Workflow:InstanceNotFailed";
    public const string InvalidMove = "Workflow:InvalidMove";
    public const string UnknownUser = "Workflow:UnknownUser";
    public const string OutcomeRequired = "Workflow:OutcomeRequired";
    public const string NoSubscriber = "Workflow:NoSubscriber";
    public const string InvalidVariables = "Workflow:InvalidVariables";
    public const string ModuleProcess = "Workflow:ModuleProcess";
    public const string UndeclaredOutput = "Workflow:UndeclaredOutput";
    public const string ProtectedVariable = "Workflow:ProtectedVariable";
}
