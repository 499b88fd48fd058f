namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>Where the body's corrective measures are recorded: an action plan or a road map.</summary>
public enum PlanKind
{
    ActionPlan,
    RoadMap,
}
