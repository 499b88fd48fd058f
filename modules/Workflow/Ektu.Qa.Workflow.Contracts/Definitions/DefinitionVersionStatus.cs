namespace Ektu.Qa.Workflow.Definitions;

public enum DefinitionVersionStatus
{
    Draft = 0,
    Published = 1,
}
